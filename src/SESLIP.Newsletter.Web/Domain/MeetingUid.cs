namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public static class MeetingUids
{
    /// <summary>A globally unique iCalendar UID, set once when the meeting is created.</summary>
    public static string New() => $"{Guid.NewGuid():N}@friday-update.seslip";
}
