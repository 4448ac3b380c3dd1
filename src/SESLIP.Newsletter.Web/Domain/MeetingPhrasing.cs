namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Where a meeting's wording appears, which decides its small differences of style.</summary>
public enum MeetingPhrasing
{
    /// <summary>Directory pages and calendars: each piece stands alone, so it starts with a capital
    /// ("In person", "Online (Teams)") and a time range reads "10am to 12pm".</summary>
    Listing,

    /// <summary>The meeting lines of an update, as the newsletter has always printed them: pieces run on
    /// after the date ("in person", "via Teams", "hybrid") and a range is "10am–12pm".</summary>
    Line,
}
