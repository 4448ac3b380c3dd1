using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>Turns a draft's choice of directory records into its edition copies: the text exactly as
/// the page shows it, plus the links. Used for preview (on an untracked copy) and on publish; a
/// published edition is never rebuilt. Lines with no link (imported, or typed) keep their text.</summary>
public sealed class EditionBuilder(NewsletterDbContext db)
{
    /// <summary>Loads an update with everything its page shows.</summary>
    public Task<Update?> LoadAsync(int updateId, bool tracking, CancellationToken cancellationToken = default)
    {
        var query = db.Updates
            .Include(u => u.Items.OrderBy(i => i.Section).ThenBy(i => i.Position))
            .Include(u => u.Meetings.OrderBy(m => m.Position)).ThenInclude(m => m.Network)
            .Include(u => u.Meetings).ThenInclude(m => m.Contact)
            .Include(u => u.Publications.OrderBy(p => p.Position))
            // The directory records' slugs, so the preview links meeting lines and contact cards as the public
            // page does (docs/adr/0038-stored-editions.md).
            .Include(u => u.Contacts.OrderBy(c => c.Position)).ThenInclude(c => c.Contact)
            .Include(u => u.Corrections.OrderBy(c => c.CorrectedAtUtc))
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
    }

    public async Task RefreshAsync(Update update, CancellationToken cancellationToken = default)
    {
        if (update.IsPublished())
        {
            throw new InvalidOperationException("A published edition is frozen; correct it instead.");
        }

        await AddItemPublicationsAsync(update, cancellationToken);

        var meetingIds = update.Meetings.Where(m => m.MeetingId is not null).Select(m => m.MeetingId!.Value).ToList();
        var meetings = await db.Meetings.AsNoTracking()
            .Include(m => m.Contact).ThenInclude(c => c!.Organisation)
            .Include(m => m.Network).ThenInclude(n => n!.LeadContact)
            .Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var networkIds = update.Meetings.Where(m => m.NetworkId is not null).Select(m => m.NetworkId!.Value).ToList();
        var networks = await db.Networks.AsNoTracking()
            .Include(n => n.LeadContact)
            .Where(n => networkIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, cancellationToken);

        foreach (var line in update.Meetings)
        {
            if (line.MeetingId is { } meetingId && meetings.TryGetValue(meetingId, out var meeting))
            {
                var network = meeting.Network!;
                var contact = meeting.Contact ?? network.LeadContact;
                line.NetworkId = network.Id;
                line.NetworkName = network.Name;
                line.Details = MeetingWording.Line(meeting);
                line.ContactText = EditionText.ContactLine(contact, network.ContactText);
                line.ContactName = contact?.Name;
                line.ContactId = contact?.Id;
            }
            else if (line.MeetingId is null && line.NetworkId is { } networkId && networks.TryGetValue(networkId, out var networkOnly))
            {
                line.NetworkName = networkOnly.Name;
                line.ContactText = EditionText.ContactLine(networkOnly.LeadContact, networkOnly.ContactText);
                line.ContactName = networkOnly.LeadContact?.Name;
                line.ContactId = networkOnly.LeadContactId;
            }
        }

        var publicationIds = update.Publications.Where(p => p.PublicationId is not null).Select(p => p.PublicationId!.Value).ToList();
        var publications = await db.Publications.AsNoTracking()
            .Include(p => p.Publisher)
            .Where(p => publicationIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var line in update.Publications)
        {
            if (line.PublicationId is { } id && publications.TryGetValue(id, out var publication))
            {
                line.Text = EditionText.PublicationLine(publication, update.Layout, update.IssueDate);
            }
        }

        var contactIds = update.Contacts.Where(c => c.ContactId is not null).Select(c => c.ContactId!.Value).ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Include(c => c.Organisation)
            .Where(c => contactIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var line in update.Contacts)
        {
            if (line.ContactId is { } id && contacts.TryGetValue(id, out var contact))
            {
                line.Roles = contact.Roles;
                line.Name = contact.Name;
                line.Organisation = contact.Organisation?.Name ?? "";
                line.Email = contact.Email;
                line.Phone = contact.Phone;
            }
        }
    }

    // A publication an item reports belongs in Tools & Templates too; new ones go to the top,
    // where the newsletter lists the newest.
    private async Task AddItemPublicationsAsync(Update update, CancellationToken cancellationToken)
    {
        var listed = update.Publications.Where(p => p.PublicationId is not null).Select(p => p.PublicationId!.Value).ToHashSet();
        var missing = update.Items.Where(i => i.PublicationId is not null && !listed.Contains(i.PublicationId.Value))
            .OrderByDescending(i => i.Section == ItemSection.News).ThenBy(i => i.Position)
            .Select(i => i.PublicationId!.Value).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var existing = await db.Publications.AsNoTracking().Where(p => missing.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var added = missing.Where(existing.Contains).ToList();
        foreach (var line in update.Publications)
        {
            line.Position += added.Count;
        }

        update.Publications.InsertRange(0, added.Select((id, i) => new EditionPublication { PublicationId = id, Position = i, Text = "" }));
    }
}
