using System.Linq.Expressions;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary><c>/contacts</c>.</summary>
public sealed record ContactsPage(IReadOnlyList<ContactDetails> Contacts);

/// <summary><c>/contacts/{slug}</c>: the person, and the meetings of the networks they lead.</summary>
public sealed record ContactPage(ContactDetails Contact, IReadOnlyList<MeetingListItem> UpcomingMeetings);

/// <summary>A directory entry: how to reach someone and what they look after.</summary>
public sealed record ContactDetails(
    int Id,
    string Name,
    string Slug,
    string Roles,
    string Organisation,
    string Email,
    string Phone,
    IReadOnlyList<NetworkContactLine> NetworksLed)
{
    public static Expression<Func<Contact, ContactDetails>> Projection(IQueryable<Network> networks) => c => new ContactDetails(
        c.Id,
        c.Name,
        c.Slug,
        c.Roles,
        c.Organisation != null ? c.Organisation.Name : "",
        c.Email,
        c.Phone,
        networks
            .Where(n => n.LeadContactId == c.Id)
            .OrderBy(n => n.Name)
            .Select(n => new NetworkContactLine(n.Name, n.Slug, null, n.ContactText))
            .ToList());

    public string? MailTo => Email.Length > 0 ? "mailto:" + Email : null;

    public string? TelUri => PhoneNumber.ToTelUri(Phone);

    public VCardContact ToVCard(Uri page) =>
        new(Name, Slug, Roles, Organisation, Email, Phone, [.. NetworksLed.Select(n => n.Name)], page);
}
