namespace SESLIP.Newsletter.Web.Models;

/// <summary>An update as JSON (<c>/updates/{n}.json</c>), mapped from the same <see cref="UpdatePage"/> as the
/// page, text and e-mail. Editor text is given as the editor's Markdown; addresses are absolute.</summary>
public sealed record UpdateDocument(
    int Number,
    string Title,
    string IssueDate,
    string Url,
    DateTime? PublishedAtUtc,
    string Intro,
    IReadOnlyList<UpdateDocument.Item> Items,
    IReadOnlyList<UpdateDocument.Meeting> Meetings,
    IReadOnlyList<string> Publications,
    IReadOnlyList<UpdateDocument.Contact> Contacts,
    IReadOnlyList<UpdateDocument.Correction> Corrections)
{
    public static UpdateDocument From(UpdatePage page, Func<int, string?, string> urlOf, Func<int, string> calendarOf) => new(
        page.Number,
        page.Title,
        Domain.Dates.Iso(page.IssueDate),
        urlOf(page.Number, null),
        page.PublishedAtUtc,
        page.Intro,
        [.. page.Items.Select(i => new Item(i.Section.ToString(), i.Title, urlOf(page.Number, i.Anchor), i.Body, i.Headlines, i.ActionRequired))],
        [.. page.Meetings.Select(m => new Meeting(m.NetworkName, m.Details, m.ContactText, m.MeetingId is int id ? calendarOf(id) : null))],
        [.. page.Publications.Select(p => p.Text)],
        [.. page.Contacts.Select(c => new Contact(c.Name, c.Roles, c.Organisation, c.Email, c.Phone))],
        [.. page.Corrections.Select(c => new Correction(c.CorrectedAtUtc, c.Note))]);

    public sealed record Item(string Section, string Title, string Url, string Body, string Headlines, string ActionRequired);

    public sealed record Meeting(string Network, string Details, string Contact, string? CalendarUrl);

    public sealed record Contact(string Name, string Roles, string Organisation, string Email, string Phone);

    public sealed record Correction(DateTime CorrectedAtUtc, string Note);
}
