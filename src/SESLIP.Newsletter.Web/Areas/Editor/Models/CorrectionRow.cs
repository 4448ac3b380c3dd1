namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record CorrectionRow(DateTime CorrectedAtUtc, string Note, string CorrectedBy);
