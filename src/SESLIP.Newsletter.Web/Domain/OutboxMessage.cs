namespace SESLIP.Newsletter.Web.Domain;

/// <summary>One e-mail to send: one update to one confirmed subscriber, written when the editor sends the update
/// and worked through by the background sender. The row is the record of what happened to that message
/// (docs/adr/0020-outbox-and-exactly-once.md).</summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public int UpdateId { get; set; }
    public Update? Update { get; set; }

    /// <summary>1 for the first send of an update, 2 for a confirmed second send, and so on.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The subscriber's id at the time (the row outlives an unsubscribe, as the record of a send).</summary>
    public int SubscriberId { get; set; }

    /// <summary>The address it goes to, copied so a later change of address cannot redirect a queued message.</summary>
    public string Email { get; set; } = "";

    /// <summary>Stable for this update, subscriber and round, so a message sent twice after a crash is recognised
    /// as one by receiving systems.</summary>
    public string MessageId { get; set; } = "";

    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not before this time: the backoff after a transient failure.</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }

    /// <summary>The mail server's last answer: its acceptance, or why it refused.</summary>
    public string? ServerAnswer { get; set; }
}

public enum OutboxStatus
{
    Queued = 0,

    /// <summary>Claimed by the sender and handed to the mail server; the outcome is not yet recorded.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Refused for good (5xx), or still failing after the last attempt.</summary>
    Failed = 3,

    /// <summary>Held by the editor's "Pause sending"; "Resume" queues it again.</summary>
    Paused = 4,
}
