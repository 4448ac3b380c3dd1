using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>One whole update as readers see it: the update page, the home page and the feed.</summary>
public sealed class UpdatePage
{
    public int Number { get; init; }
    public DateOnly IssueDate { get; init; }
    public string Intro { get; init; } = "";
    public UpdateLayout Layout { get; init; }
    public DateTime? PublishedAtUtc { get; init; }
    public DateTime UpdatedAtUtc { get; init; }
    public List<UpdateItemView> Items { get; init; } = [];
    public List<MeetingLine> Meetings { get; init; } = [];

    /// <summary>The previous published update's meeting details by network name, to mark what is new, moved or
    /// cancelled; null when not loaded (<see cref="LoadMeetingsBeforeAsync"/>) or there is no previous update.</summary>
    public IReadOnlyDictionary<string, string>? MeetingsBefore { get; set; }

    public MeetingChange ChangeOf(MeetingLine meeting) => MeetingChanges.Of(meeting.NetworkName, meeting.Details, MeetingsBefore);

    /// <summary>One query: each Tools &amp; Templates line's publication page and documents.</summary>
    public async Task LoadPublicationLinksAsync(IQueryable<Publication> publications, CancellationToken cancellationToken)
    {
        var ids = Publications.Where(p => p.PublicationId is not null).Select(p => p.PublicationId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var found = await publications.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Slug,
                Documents = p.Documents.Where(d => d.Url != null).OrderBy(d => d.Position)
                    .Select(d => new Directory.DocumentLink(d.Label, d.Url, d.Format, d.Pages)).ToList(),
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var line in Publications)
        {
            if (line.PublicationId is { } id && found.TryGetValue(id, out var publication))
            {
                (line.Slug, line.Documents) = (publication.Slug, publication.Documents);
            }
        }
    }

    /// <summary>One query: the meeting lines of the update before this one.</summary>
    public async Task LoadMeetingsBeforeAsync(IQueryable<Update> published, CancellationToken cancellationToken)
    {
        if (PreviousNumber is not { } previous)
        {
            return;
        }

        var lines = await published.Where(u => u.Number == previous).SelectMany(u => u.Meetings)
            .Select(m => new { m.NetworkName, m.Details }).ToListAsync(cancellationToken);
        MeetingsBefore = MeetingChanges.Before(lines.Select(m => (m.NetworkName, m.Details)));
    }
    public List<PublicationLine> Publications { get; init; } = [];
    public List<ContactCard> Contacts { get; init; } = [];
    public List<CorrectionNote> Corrections { get; init; } = [];
    public int? PreviousNumber { get; init; }
    public int? NextNumber { get; init; }

    /// <summary>The body stored at the edition's first render (<c>_UpdateBody</c>'s own output), written as it
    /// is; null to render the body from this model (docs/adr/0038-stored-editions.md).</summary>
    public string? RenderedBody { get; init; }

    public string Title => $"Update no {Number}";
    public string IssueDateText => Dates.WithWeekday(IssueDate);
    public bool IsLatest => NextNumber is null;
    public IEnumerable<UpdateItemView> News => Items.Where(i => i.Section == ItemSection.News);
    public IEnumerable<UpdateItemView> Reminders => Items.Where(i => i.Section == ItemSection.Reminder);
    public bool HasReminders => Meetings.Count > 0 || Items.Any(i => i.Section == ItemSection.Reminder);

    /// <summary>The contact card a meeting line's "More from …" points to, when this edition lists that person.</summary>
    public ContactCard? ContactFor(MeetingLine meeting) =>
        string.IsNullOrWhiteSpace(meeting.ContactName)
            ? null
            : Contacts.FirstOrDefault(c => string.Equals(c.Name, meeting.ContactName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The people this edition lists, for linking "contact Chris Owen (details below)" in its text:
    /// to their directory entry, else to their card further down the page.</summary>
    public IReadOnlyList<ContactReferences.Person> People(IUrlHelper url) =>
        [.. Contacts.Select(c => new ContactReferences.Person(c.Name, c.DirectorySlug is { Length: > 0 } slug ? url.Contact(slug) : "#" + c.Anchor))];

    /// <summary>Where a meeting line's "More from …" leads: the person's directory entry, else their card in this
    /// edition; null (plain text) for someone in neither.</summary>
    public string? ContactHref(MeetingLine meeting, IUrlHelper url)
    {
        if (meeting.ContactSlug is { Length: > 0 } slug)
        {
            return url.Contact(slug);
        }

        var card = ContactFor(meeting);
        return card?.DirectorySlug is { Length: > 0 } cardSlug ? url.Contact(cardSlug)
            : card is not null ? "#" + card.Anchor
            : null;
    }

    /// <summary>The newest published update's number; null before the first is published.</summary>
    public static Task<int?> NewestNumberAsync(IQueryable<Update> published, CancellationToken cancellationToken) =>
        published.OrderByDescending(u => u.Number).Select(u => (int?)u.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The <paramref name="count"/> newest published updates with their text alone (intro, items,
    /// corrections), newest first, for the feed: it shows neither the edition's directory lines nor the neighbours,
    /// so reading them would cost three more SQL commands and their rows for nothing. The numbers are found first,
    /// so the query runs for those updates alone (reading every published update before the limit applied made
    /// the feed grow with the square of the archive).</summary>
    public static async Task<List<UpdatePage>> NewestTextAsync(IQueryable<Update> published, int count, CancellationToken cancellationToken)
    {
        var numbers = await published.OrderByDescending(u => u.Number).Select(u => u.Number).Take(count).ToListAsync(cancellationToken);
        if (numbers.Count == 0)
        {
            return [];
        }

        var newest = numbers[^1];
        return await TextQuery(published.Where(u => u.Number >= newest).OrderByDescending(u => u.Number)).ToListAsync(cancellationToken);
    }

    private static IQueryable<UpdatePage> TextQuery(IQueryable<Update> updates) =>
        updates.AsNoTracking().AsSplitQuery().Select(u => new UpdatePage
        {
            Number = u.Number,
            IssueDate = u.IssueDate,
            Intro = u.Intro,
            Layout = u.Layout,
            PublishedAtUtc = u.PublishedAtUtc,
            UpdatedAtUtc = u.UpdatedAtUtc,
            Items = u.Items.OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id).AsQueryable().Select(ItemView).ToList(),
            Corrections = u.Corrections.OrderBy(c => c.CorrectedAtUtc)
                .Select(c => new CorrectionNote { CorrectedAtUtc = c.CorrectedAtUtc, Note = c.Note }).ToList(),
        });

    private static readonly Expression<Func<UpdateItem, UpdateItemView>> ItemView = i => new UpdateItemView
    {
        Section = i.Section,
        Title = i.Title,
        Anchor = i.Anchor,
        Body = i.Body,
        Headlines = i.Headlines,
        ActionRequired = i.ActionRequired,
        ActionDeadline = i.ActionDeadline,
    };

    /// <summary>Projects updates to pages: one SQL command for the update and one per collection (split query),
    /// however many items it has. <paramref name="published"/> supplies the previous and next numbers.</summary>
    public static IQueryable<UpdatePage> Query(IQueryable<Update> updates, IQueryable<Update> published) =>
        updates.AsNoTracking().AsSplitQuery().Select(u => new UpdatePage
        {
            Number = u.Number,
            IssueDate = u.IssueDate,
            Intro = u.Intro,
            Layout = u.Layout,
            PublishedAtUtc = u.PublishedAtUtc,
            UpdatedAtUtc = u.UpdatedAtUtc,
            Items = u.Items.OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id).AsQueryable().Select(ItemView).ToList(),
            Meetings = u.Meetings.OrderBy(m => m.Position).ThenBy(m => m.Id)
                .Select(m => new MeetingLine
                {
                    NetworkName = m.NetworkName,
                    Details = m.Details,
                    ContactText = m.ContactText,
                    ContactName = m.ContactName,
                    NetworkSlug = m.Network != null ? m.Network.Slug : null,
                    ContactSlug = m.Contact != null ? m.Contact.Slug : null,
                    MeetingId = m.MeetingId,
                }).ToList(),
            Publications = u.Publications.OrderBy(p => p.Position).ThenBy(p => p.Id)
                .Select(p => new PublicationLine { Text = p.Text, PublicationId = p.PublicationId }).ToList(),
            Contacts = u.Contacts.OrderBy(c => c.Position).ThenBy(c => c.Id)
                .Select(c => new ContactCard
                {
                    Roles = c.Roles,
                    Name = c.Name,
                    Organisation = c.Organisation,
                    Email = c.Email,
                    Phone = c.Phone,
                    DirectorySlug = c.Contact != null ? c.Contact.Slug : null,
                }).ToList(),
            Corrections = u.Corrections.OrderBy(c => c.CorrectedAtUtc)
                .Select(c => new CorrectionNote { CorrectedAtUtc = c.CorrectedAtUtc, Note = c.Note }).ToList(),
            PreviousNumber = published.Where(p => p.Number < u.Number).Max(p => (int?)p.Number),
            NextNumber = published.Where(p => p.Number > u.Number).Min(p => (int?)p.Number),
        });
}

public sealed class UpdateItemView
{
    public ItemSection Section { get; init; }
    public string Title { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string Body { get; init; } = "";
    public string Headlines { get; init; } = "";
    public string ActionRequired { get; init; } = "";
    public DateOnly? ActionDeadline { get; init; }
}

/// <summary>What the item partial needs: the item, and the update it belongs to for its layout and permalink.</summary>
public sealed record UpdateItemContext(UpdatePage Update, UpdateItemView Item);

public sealed class MeetingLine
{
    public string NetworkName { get; init; } = "";
    public string Details { get; init; } = "";
    public string ContactText { get; init; } = "";
    public string? ContactName { get; init; }

    /// <summary>The network's page in the living directory, when the line was matched to one.</summary>
    public string? NetworkSlug { get; init; }

    /// <summary>The named person's directory entry, when they are in the directory; otherwise the name
    /// stays plain text (update 454 names Alastair Lee, who is not).</summary>
    public string? ContactSlug { get; init; }

    /// <summary>The directory meeting this line announces, for its add-to-calendar (.ics) link.</summary>
    public int? MeetingId { get; init; }

    /// <summary>The details as a sentence, so "Friday 2 July 2021" and "More from …" do not run together.</summary>
    public string DetailsSentence =>
        string.IsNullOrWhiteSpace(Details) || string.IsNullOrWhiteSpace(ContactText) || Details.TrimEnd()[^1] is '.' or '!' or '?' or ':' or ';' or ','
            ? Details
            : Details.TrimEnd() + ".";
}

public sealed class PublicationLine
{
    public string Text { get; init; } = "";

    /// <summary>The library publication the line was made from, if any.</summary>
    public int? PublicationId { get; init; }

    /// <summary>Its page and its documents with an address, as the library has them now
    /// (<see cref="UpdatePage.LoadPublicationLinksAsync"/>); the line's text stays as published.</summary>
    public string? Slug { get; set; }
    public IReadOnlyList<Directory.DocumentLink> Documents { get; set; } = [];
}

public sealed class ContactCard
{
    public string Roles { get; init; } = "";
    public string Name { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";

    /// <summary>The person's entry in the living directory, when the edition's card was matched to one.</summary>
    public string? DirectorySlug { get; init; }

    /// <summary>Fragment id of the card, for "contact details below" links.</summary>
    public string Anchor => "contact-" + Slug.From(Name);

    public string? TelephoneHref => PhoneNumber.ToTelUri(Phone);
}

public sealed class CorrectionNote
{
    public DateTime CorrectedAtUtc { get; init; }
    public string Note { get; init; } = "";

    public string DateText => Dates.DayMonthYear(LondonClock.DateOf(CorrectedAtUtc));
}
