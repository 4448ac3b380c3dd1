namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>Names of the public site's routes. Links name the page they lead to, so an address is written once,
/// in its route attribute, and a renamed address cannot leave a dead link behind.</summary>
public static class SiteRoutes
{
    public const string Home = "home";
    public const string Accessibility = "accessibility";

    public const string Archive = "archive";
    public const string Update = "update";
    public const string UpdateText = "update-text";
    public const string UpdateJson = "update-json";
    public const string LatestUpdate = "latest-update";
    public const string UpdatesFeed = "updates-feed";
    public const string Actions = "actions";
    public const string ActionsFeed = "actions-feed";

    public const string Meetings = "meetings";
    public const string PastMeetings = "past-meetings";
    public const string MeetingsCalendar = "meetings-calendar";
    public const string MeetingCalendar = "meeting-calendar";

    public const string Networks = "networks";
    public const string Network = "network";
    public const string NetworkCalendar = "network-calendar";

    public const string Publications = "publications";
    public const string Publication = "publication";

    public const string Contacts = "contacts";
    public const string Contact = "contact";
    public const string ContactCard = "contact-card";

    public const string Search = "search";
    public const string SearchFeed = "search-feed";

    public const string Subscribe = "subscribe";
    public const string SubscribeSent = "subscribe-sent";
    public const string ConfirmSubscription = "confirm-subscription";
    public const string ManageSubscription = "manage-subscription";
    public const string Unsubscribe = "unsubscribe";
    public const string Privacy = "privacy";

    public const string Preview = "preview";
}
