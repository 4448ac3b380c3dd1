using System.Linq.Expressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary><c>/meetings</c>: what is coming up, month by month, and who to ask about the rest.</summary>
public sealed record MeetingsPage(
    IReadOnlyList<MeetingMonth> Months,
    IReadOnlyList<NetworkContactLine> ToBeConfirmed,
    Subscription Subscription,
    MeetingMarks Marks);

/// <summary><c>/meetings/past</c>.</summary>
public sealed record PastMeetingsPage(IReadOnlyList<MeetingMonth> Months, Paging Paging, string? Message);

/// <summary>A network and how to reach it, for networks with no date yet.</summary>
public sealed record NetworkContactLine(string Name, string Slug, ContactLink? Contact, string ContactText)
{
    public static Expression<Func<Network, NetworkContactLine>> Projection { get; } = n => new NetworkContactLine(
        n.Name,
        n.Slug,
        n.LeadContact != null ? new ContactLink(n.LeadContact.Name, n.LeadContact.Slug) : null,
        n.ContactText);
}
