namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary>The ways to subscribe to one calendar feed.</summary>
public sealed record Subscription(string CalendarName, string FeedUrl)
{
    /// <summary>webcal: opens the subscribe dialog of Outlook and Apple Calendar.</summary>
    public string WebcalUrl => "webcal" + FeedUrl[FeedUrl.IndexOf(':', StringComparison.Ordinal)..];

    public string GoogleUrl => "https://calendar.google.com/calendar/render?cid=" + Uri.EscapeDataString(WebcalUrl);

    public string OutlookWebUrl =>
        $"https://outlook.office.com/calendar/0/addfromweb?url={Uri.EscapeDataString(FeedUrl)}&name={Uri.EscapeDataString(CalendarName)}";
}
