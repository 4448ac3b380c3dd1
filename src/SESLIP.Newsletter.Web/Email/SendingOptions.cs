namespace SESLIP.Newsletter.Web.Email;

/// <summary>The "Sending" section: how fast and how persistently the background sender works.</summary>
public sealed class SendingOptions
{
    public const string Section = "Sending";

    /// <summary>Messages per minute, to stay inside the mail provider's limits; 0 sends as fast as it can.</summary>
    public int MessagesPerMinute { get; set; }

    /// <summary>Attempts before a message that keeps failing transiently (4xx, lost connection) is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first transient failure; it doubles with each further attempt.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle sender looks for due messages (sending also wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages read from the outbox at a time, so memory stays flat however long the list.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether this instance may run the sender; with several instances, one at a time does, by lease.</summary>
    public bool Enabled { get; set; } = true;
}
