namespace SESLIP.Newsletter.Web.Domain;

/// <summary>How a meeting line differs from the line last week's published update gave the same network.</summary>
public enum MeetingChange
{
    None,
    New,
    Moved,
    Cancelled,
}
