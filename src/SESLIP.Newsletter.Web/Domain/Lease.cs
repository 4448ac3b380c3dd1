namespace SESLIP.Newsletter.Web.Domain;

/// <summary>The right to do one kind of background work (publishing on schedule, sending the outbox) for a while.
/// Several instances of the site share one database; only the owner of an unexpired lease does the work, and it
/// renews the lease while it works (docs/adr/0029-leases-for-background-work.md).</summary>
public class Lease
{
    public const int NameLength = 100;
    public const int OwnerLength = 200;

    /// <summary>The kind of work, e.g. <c>publishing</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The instance holding it (machine, process and a random part); null once released.</summary>
    public string? Owner { get; set; }

    public DateTime AcquiredAtUtc { get; set; }

    /// <summary>After this instant any instance may take the lease, whoever held it.</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
