using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>An item of the previous update that may repeat in the next one.</summary>
/// <param name="CarryByDefault">Pre-ticked: an item with a "remind until" date still to come, or last week's new
/// item on its first carry-over. An item with no end date that has already been carried (or came in as a
/// reminder) is offered but not assumed, so reminders without an end do not repeat for ever.</param>
public sealed record CarryCandidate(int ItemId, string Title, ItemSection Section, DateOnly? RemindUntil, bool CarryByDefault);

/// <summary>What the next update starts with: its date, last week's reminders the editor keeps and
/// last week's meeting, publication and contact lines.</summary>
public sealed class CarryForward(NewsletterDbContext db, EditionBuilder editions)
{
    public Task<Update?> LatestAsync(CancellationToken cancellationToken = default) =>
        db.Updates.AsNoTracking().OrderByDescending(u => u.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The coming Friday, or the week after the latest update if that Friday is taken.</summary>
    public static DateOnly NextIssueDate(DateOnly today, DateOnly? latestIssue)
    {
        var date = LondonClock.ComingFriday(today);
        return latestIssue is { } latest && date <= latest ? latest.AddDays(7) : date;
    }

    /// <summary>Items of <paramref name="previousId"/> still worth repeating on <paramref name="issueDate"/>:
    /// a "remind until" date before the issue date has passed.</summary>
    public Task<List<CarryCandidate>> CandidatesAsync(int previousId, DateOnly issueDate, CancellationToken cancellationToken = default) =>
        db.UpdateItems.AsNoTracking()
            .Where(i => i.UpdateId == previousId && (i.RemindUntil == null || i.RemindUntil >= issueDate))
            .OrderBy(i => i.Section).ThenBy(i => i.Position)
            .Select(i => new CarryCandidate(i.Id, i.Title, i.Section, i.RemindUntil,
                i.RemindUntil != null || (i.CarriedFromItemId == null && i.Section == ItemSection.News)))
            .ToListAsync(cancellationToken);

    /// <summary>Copies the chosen items of <paramref name="previousId"/> into <paramref name="update"/> as reminders,
    /// with its meeting, publication and contact lines. A meeting that has happened is replaced by its network's next one.</summary>
    public async Task CopyAsync(int previousId, Update update, IReadOnlySet<int> chosen, CancellationToken cancellationToken = default)
    {
        var previous = await editions.LoadAsync(previousId, tracking: false, cancellationToken);
        if (previous is null)
        {
            return;
        }

        var position = 0;
        foreach (var item in previous.Items.Where(i => chosen.Contains(i.Id) && (i.RemindUntil is null || i.RemindUntil >= update.IssueDate)))
        {
            update.Items.Add(new UpdateItem
            {
                Section = ItemSection.Reminder,
                Position = position++,
                Title = item.Title,
                Anchor = item.Anchor,
                Body = item.Body,
                Headlines = item.Headlines,
                ActionRequired = item.ActionRequired,
                ActionDeadline = item.ActionDeadline,
                PublicationId = item.PublicationId,
                RemindUntil = item.RemindUntil,
                CarriedFromItemId = item.Id,
            });
        }

        await CopyMeetingsAsync(previous, update, cancellationToken);
        update.Publications.AddRange(previous.Publications.Select((p, i) => new EditionPublication { Position = i, Text = p.Text, PublicationId = p.PublicationId }));
        update.Contacts.AddRange(previous.Contacts.Select((c, i) => new EditionContact
        {
            Position = i,
            Roles = c.Roles,
            Name = c.Name,
            Organisation = c.Organisation,
            Email = c.Email,
            Phone = c.Phone,
            ContactId = c.ContactId,
        }));
    }

    private async Task CopyMeetingsAsync(Update previous, Update update, CancellationToken cancellationToken)
    {
        var date = update.IssueDate;
        var networkIds = previous.Meetings.Where(m => m.NetworkId is not null).Select(m => m.NetworkId!.Value).Distinct().ToList();
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => networkIds.Contains(m.NetworkId) && !m.IsCancelled && m.Date >= date)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new { m.Id, m.NetworkId })
            .ToListAsync(cancellationToken);
        var meetingIds = previous.Meetings.Where(m => m.MeetingId is not null).Select(m => m.MeetingId!.Value).ToList();
        var stillAhead = await db.Meetings.AsNoTracking()
            .Where(m => meetingIds.Contains(m.Id) && (m.Date == null || m.Date >= date))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);

        var used = new HashSet<int>();
        foreach (var line in previous.Meetings)
        {
            var copy = new EditionMeeting
            {
                Position = update.Meetings.Count,
                NetworkName = line.NetworkName,
                Details = line.Details,
                ContactText = line.ContactText,
                ContactName = line.ContactName,
                NetworkId = line.NetworkId,
                ContactId = line.ContactId,
            };
            if (line.MeetingId is { } meetingId && stillAhead.Contains(meetingId))
            {
                copy.MeetingId = meetingId;
            }
            else if (line.NetworkId is { } networkId)
            {
                var next = upcoming.FirstOrDefault(m => m.NetworkId == networkId && !used.Contains(m.Id));
                copy.MeetingId = next?.Id;
                if (next is null)
                {
                    copy.Details = "";
                }
            }

            // A network's next meeting is shown once, even if last week listed it twice.
            if (copy.MeetingId is { } id && !used.Add(id))
            {
                continue;
            }

            update.Meetings.Add(copy);
        }
    }
}
