using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Where a directory record is used. A record that a published update links to is never
/// deleted (docs/adr/0007-directory-deletes.md): its edition copy keeps the text, but the page
/// would lose its link, so the editor is offered an edit (or a cancellation) instead. Lines of
/// drafts are only choices, so they go with the record.</summary>
public sealed class DirectoryUsage(NewsletterDbContext db)
{
    public async Task<DeleteModel> ForOrganisationAsync(Organisation o, CancellationToken ct)
    {
        var contacts = await db.Contacts.Where(c => c.OrganisationId == o.Id).Select(c => "Contact: " + c.Name).ToListAsync(ct);
        var publications = await db.Publications.Where(p => p.PublisherId == o.Id).Select(p => "Publisher of: " + p.Title).ToListAsync(ct);
        return new DeleteModel
        {
            Kind = "organisation", Name = o.Name, Version = o.Version, Id = o.Id,
            UsedElsewhere = [.. contacts, .. publications],
            Alternative = "Change those records to another organisation first.",
        };
    }

    public async Task<DeleteModel> ForContactAsync(Contact c, CancellationToken ct)
    {
        var editions = await Lines(db.EditionContacts.Where(l => l.ContactId == c.Id).Select(l => l.UpdateId), "lists them under Contact details", ct);
        var meetingLines = await Lines(db.EditionMeetings.Where(l => l.ContactId == c.Id).Select(l => l.UpdateId), "names them in a meeting line", ct);
        var networks = await db.Networks.Where(n => n.LeadContactId == c.Id).Select(n => "Lead of the network " + n.Name).ToListAsync(ct);
        var meetings = await db.Meetings.Where(m => m.ContactId == c.Id).Select(m => "Contact for a meeting of " + m.Network!.Name).ToListAsync(ct);
        return new DeleteModel
        {
            Kind = "contact", Name = c.Name, Version = c.Version, Id = c.Id,
            UsedInPublished = [.. editions.Published, .. meetingLines.Published],
            UsedElsewhere = [.. networks, .. meetings],
            WillChange = [.. editions.Drafts, .. meetingLines.Drafts],
            Alternative = "Published updates keep showing this person, so the record stays. Edit it instead if the details changed.",
        };
    }

    public async Task<DeleteModel> ForNetworkAsync(Network n, CancellationToken ct)
    {
        var lines = await Lines(db.EditionMeetings.Where(l => l.NetworkId == n.Id).Select(l => l.UpdateId), "shows its meeting dates", ct);
        var meetings = await db.Meetings.Where(m => m.NetworkId == n.Id).CountAsync(ct);
        return new DeleteModel
        {
            Kind = "network", Name = n.Name, Version = n.Version, Id = n.Id,
            UsedInPublished = lines.Published,
            UsedElsewhere = meetings > 0 ? [$"It has {meetings} meeting(s) in the directory"] : [],
            WillChange = lines.Drafts,
            Alternative = "Published updates show this network, so it stays. Rename or edit it instead.",
        };
    }

    public async Task<DeleteModel> ForMeetingAsync(Meeting m, string networkName, CancellationToken ct)
    {
        var lines = await Lines(db.EditionMeetings.Where(l => l.MeetingId == m.Id).Select(l => l.UpdateId), "shows this meeting", ct);
        return new DeleteModel
        {
            Kind = "meeting", Name = $"{networkName}: {MeetingWording.Line(m)}", Version = m.Version, Id = m.Id,
            UsedInPublished = lines.Published,
            WillChange = lines.Drafts,
            Alternative = "Readers (and their calendars) have seen this meeting: cancel it instead, so calendars show it as cancelled.",
        };
    }

    public async Task<DeleteModel> ForPublicationAsync(Publication p, CancellationToken ct)
    {
        var lines = await Lines(db.EditionPublications.Where(l => l.PublicationId == p.Id).Select(l => l.UpdateId), "lists it in Tools & Templates", ct);
        var items = await Lines(db.UpdateItems.Where(i => i.PublicationId == p.Id).Select(i => i.UpdateId), "has an item reporting it", ct);
        return new DeleteModel
        {
            Kind = "publication", Name = p.Title, Version = p.Version, Id = p.Id,
            UsedInPublished = [.. lines.Published, .. items.Published],
            WillChange = [.. lines.Drafts, .. items.Drafts],
            Alternative = "Published updates list it, so it stays in the library. Edit it instead.",
        };
    }

    private async Task<(List<string> Published, List<string> Drafts)> Lines(IQueryable<int> updateIds, string how, CancellationToken ct)
    {
        var updates = await db.Updates.Where(u => updateIds.Contains(u.Id))
            .OrderByDescending(u => u.Number)
            .Select(u => new { u.Number, u.Status })
            .ToListAsync(ct);
        return (
            [.. updates.Where(u => u.Status.IsPublished()).Select(u => $"Update no {u.Number} (published) {how}")],
            [.. updates.Where(u => !u.Status.IsPublished()).Select(u => $"Update no {u.Number} ({u.Status.ToString().ToLowerInvariant()}) {how}: the line will be removed")]);
    }
}
