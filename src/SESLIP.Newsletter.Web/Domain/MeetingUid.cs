namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Calendar identity of a meeting (RFC 5545 UID). Set once when the meeting is created, by the
/// editor or the importer alike, and never changed: subscribed calendars match updates by it.</summary>
public static class MeetingUid
{
    public const string Domain = "friday-update.seslip";

    /// <summary>A globally unique UID, e.g. "3f2b…9c@friday-update.seslip".</summary>
    public static string New() => $"{Guid.NewGuid():N}@{Domain}";
}
