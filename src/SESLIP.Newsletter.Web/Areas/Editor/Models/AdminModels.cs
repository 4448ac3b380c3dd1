using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record AccountRow(string Id, string Email, string Role, bool TwoFactorEnabled, bool RequireTwoFactor, DateTimeOffset? LockedUntil, bool IsYou);

public sealed class AuditPageModel
{
    public string? Query { get; init; }
    public int Page { get; init; }
    public bool HasMore { get; init; }
    public List<AuditEntry> Entries { get; init; } = [];
}
