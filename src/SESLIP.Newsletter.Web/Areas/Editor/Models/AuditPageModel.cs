using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class AuditPageModel
{
    public string? Query { get; init; }
    public int Page { get; init; }
    public bool HasMore { get; init; }
    public List<AuditEntry> Entries { get; init; } = [];
}
