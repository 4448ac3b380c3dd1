using System.Globalization;
namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary><c>/networks</c>.</summary>
public sealed record NetworksPage(IReadOnlyList<NetworkListItem> Networks, Subscription Subscription);

public sealed record NetworkListItem(NetworkContactLine Network, MeetingListItem? NextMeeting);

/// <summary><c>/networks/{slug}</c>. <see cref="Description"/> is the editor's Markdown.</summary>
public sealed record NetworkPage(
    string Name,
    string Slug,
    string Description,
    ContactDetails? Lead,
    string ContactText,
    IReadOnlyList<MeetingListItem> Upcoming,
    IReadOnlyList<MeetingListItem> Past,
    bool HasMorePast,
    IReadOnlyList<UpdateMention> Mentions,
    bool HasMoreMentions,
    bool MentionsFromWholeArchive,
    Subscription Subscription)
{
    public MeetingListItem? NextMeeting => Upcoming.FirstOrDefault(m => !m.IsCancelled);
}

/// <summary>Where a published update spoke of something: an item (with its permalink), or its list of
/// network dates.</summary>
public sealed record UpdateMention(int UpdateNumber, DateOnly IssueDate, string Title, string Anchor)
{
    public string UpdateTitle => $"Update no {UpdateNumber}";

    public string IssueDateText => IssueDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public string IssueDateAttribute => IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
