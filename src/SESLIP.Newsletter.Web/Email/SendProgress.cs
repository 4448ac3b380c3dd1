namespace SESLIP.Newsletter.Web.Email;

/// <summary>Where an update's sending stands, for the editor's page.</summary>
public sealed record SendProgress(int UpdateId, bool Published, int Rounds, int Queued, int Sending, int Sent, int Failed, int Paused)
{
    public int Total => Queued + Sending + Sent + Failed + Paused;
    public int Remaining => Queued + Sending + Paused;
    public bool HasBeenSent => Rounds > 0;
    public bool IsPaused => Paused > 0;
}

public enum SendOutcome
{
    Queued,
    NotPublished,
    NeedsConfirmation,
    NoSubscribers,

    /// <summary>Another writer held the database too long; nothing was queued.</summary>
    Busy,
}
