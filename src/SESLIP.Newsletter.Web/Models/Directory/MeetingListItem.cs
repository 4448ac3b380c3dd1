using System.Linq.Expressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary>One meeting as the meeting lists show it.</summary>
public sealed record MeetingListItem(
    int Id,
    string NetworkName,
    string NetworkSlug,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    Attendance Attendance,
    string Place,
    string Note,
    bool IsCancelled,
    ContactLink? Contact,
    string ContactText)
{
    public static Expression<Func<Meeting, MeetingListItem>> Projection { get; } = m => new MeetingListItem(
        m.Id,
        m.Network!.Name,
        m.Network.Slug,
        m.Date,
        m.StartTime,
        m.EndTime,
        m.Attendance,
        m.Place,
        m.Note,
        m.IsCancelled,
        m.Contact != null
            ? new ContactLink(m.Contact.Name, m.Contact.Slug)
            : m.Network.LeadContact != null ? new ContactLink(m.Network.LeadContact.Name, m.Network.LeadContact.Slug) : null,
        m.Network.ContactText);

    public string DateText => Date is { } date ? MeetingWording.Date(date) : "Date to be confirmed";

    public string TimeText => MeetingWording.Time(StartTime, EndTime);

    public string WhereText => MeetingWording.Where(Attendance, Place);

    /// <summary>Machine-readable start for <c>&lt;time datetime&gt;</c>: the London offset of that day,
    /// or the bare date when no time is known.</summary>
    public string? DateTimeAttribute => Date switch
    {
        null => null,
        { } date when StartTime is { } start => LondonClock.ToLondonOffset(date, start).ToString("yyyy-MM-dd'T'HH:mmzzz", System.Globalization.CultureInfo.InvariantCulture),
        { } date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A person in the directory, linked from wherever they are named.</summary>
public sealed record ContactLink(string Name, string Slug);

/// <summary>Meetings of one calendar month, for lists grouped by month.</summary>
public sealed record MeetingMonth(string Heading, string Id, IReadOnlyList<MeetingListItem> Meetings)
{
    /// <summary>Groups meetings already in date order, keeping that order.</summary>
    public static IReadOnlyList<MeetingMonth> Group(IEnumerable<MeetingListItem> meetings) =>
        [.. meetings
            .Where(m => m.Date is not null)
            .GroupBy(m => new DateOnly(m.Date!.Value.Year, m.Date.Value.Month, 1))
            .Select(g => new MeetingMonth(MeetingWording.Month(g.Key), $"month-{g.Key:yyyy-MM}", [.. g]))];
}

/// <summary>How one meeting is shown in a list: under the network's name, or (on the network's own page)
/// under its date.</summary>
/// <param name="HeadingLevel">2 or 3, to fit the page's outline.</param>
public sealed record MeetingCard(MeetingListItem Meeting, bool ShowNetwork, int HeadingLevel, MeetingChange Change = MeetingChange.None);
