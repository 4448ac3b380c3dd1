using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The note and the minor/major choice every correction form asks for.</summary>
public sealed record CorrectionFieldsModel(string? Note, CorrectionKind Kind);
