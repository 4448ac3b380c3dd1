using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The import page, and after an import what was added and which rows were refused.</summary>
public sealed class SubscriberImportModel
{
    public string? FileName { get; init; }
    public ImportResult? Result { get; init; }
}
