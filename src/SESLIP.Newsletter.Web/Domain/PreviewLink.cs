namespace SESLIP.Newsletter.Web.Domain;

/// <summary>A link that shows one draft update to someone without an account, until it expires or is revoked.
/// Only the SHA-256 of its token is kept, so the table cannot be turned back into working links
/// (docs/adr/0036-preview-links.md).</summary>
public class PreviewLink
{
    public const int NoteLength = 200;

    /// <summary>The lifetimes an editor may choose, in days; the first is the shortest, the middle the default.</summary>
    public static IReadOnlyList<int> LifetimeDays { get; } = [1, 3, 7];

    public const int DefaultLifetimeDays = 3;

    public int Id { get; set; }

    /// <summary>Null once the update has been deleted: the link then says so instead of "unknown".</summary>
    public int? UpdateId { get; set; }

    public Update? Update { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>The editor who created it.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>For whom, in the editor's words ("Director, for Friday").</summary>
    public string? Note { get; set; }

    /// <summary>Whether the link still opens its draft at <paramref name="nowUtc"/> (before the update's own state is considered).</summary>
    public PreviewLinkState StateAt(DateTime nowUtc) => StateOf(UpdateId, ExpiresAtUtc, RevokedAtUtc, nowUtc);

    /// <summary>The one rule, also for projections that carry only the three fields.</summary>
    public static PreviewLinkState StateOf(int? updateId, DateTime expiresAtUtc, DateTime? revokedAtUtc, DateTime nowUtc) =>
        revokedAtUtc is not null ? PreviewLinkState.Revoked
        : updateId is null ? PreviewLinkState.UpdateDeleted
        : expiresAtUtc <= nowUtc ? PreviewLinkState.Expired
        : PreviewLinkState.Open;
}

public enum PreviewLinkState
{
    Open,
    Expired,
    Revoked,
    UpdateDeleted,
}
