namespace SESLIP.Newsletter.Web.Domain;

/// <summary>A reader who asked to receive the Friday Update by e-mail. Nobody is sent an update before
/// confirming (double opt-in). Unsubscribing deletes the row and leaves only a <see cref="SuppressedAddress"/>.</summary>
public class Subscriber : IVersioned
{
    public int Id { get; set; }

    /// <summary>Trimmed and lower-cased, so one address is one subscriber whatever its case.</summary>
    public string Email { get; set; } = "";

    public string? Name { get; set; }
    public SubscriberStatus Status { get; set; } = SubscriberStatus.Pending;

    /// <summary>When the reader gave consent, and how ("subscribe form", "imported from …").</summary>
    public DateTime ConsentAtUtc { get; set; }

    public string ConsentSource { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
    public int Version { get; set; }
}

public enum SubscriberStatus
{
    /// <summary>Asked to subscribe; the confirmation link has not been followed yet.</summary>
    Pending = 0,

    Confirmed = 1,
}

/// <summary>An address that unsubscribed or bounced, kept only as a hash of its normalised form so that a
/// later import cannot add it again without keeping the address itself.</summary>
public class SuppressedAddress
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the trimmed, lower-cased address, as 64 hexadecimal characters.</summary>
    public string EmailHash { get; set; } = "";

    public DateTime AtUtc { get; set; }
    public string Reason { get; set; } = "";
}
