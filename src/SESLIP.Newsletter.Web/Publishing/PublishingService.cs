using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Publishing;

public enum PublishOutcome
{
    Published,
    NotFound,
    AlreadyPublished,
    Conflict,
    NotDue,

    /// <summary>The update has no items: publishing it would show readers an empty page.</summary>
    Empty,
}

/// <summary>Every change of an update's status goes through here, so each one builds the edition
/// copies the same way; the save, its audit entry and the page cache are <see cref="EditorialChanges"/>'.</summary>
public sealed class PublishingService(
    NewsletterDbContext db,
    EditionBuilder editions,
    EditorialChanges changes,
    OutboxWriter outbox,
    TimeProvider time,
    ILogger<PublishingService> logger)
{
    /// <summary>Publishes now. <paramref name="expectedVersion"/> is the version the editor saw;
    /// if anyone changed the update since, nothing is published.</summary>
    public async Task<PublishOutcome> PublishAsync(int updateId, int? expectedVersion, string by, CancellationToken cancellationToken = default)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        if (update.IsPublished())
        {
            return PublishOutcome.AlreadyPublished;
        }

        if (update.Items.Count == 0)
        {
            return PublishOutcome.Empty;
        }

        if (expectedVersion is { } version)
        {
            db.Entry(update).Property(u => u.Version).OriginalValue = version;
        }

        return await PublishLoadedAsync(update, by, "Published", cancellationToken);
    }

    /// <summary>Publishes a scheduled update whose time has come. Safe to call from several
    /// instances at once: the version check lets exactly one of them publish.</summary>
    public async Task<PublishOutcome> PublishScheduledAsync(int updateId, CancellationToken cancellationToken = default)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (update.Status != UpdateStatus.Scheduled || update.ScheduledForUtc is not { } due || due > now)
        {
            return update.IsPublished() ? PublishOutcome.AlreadyPublished : PublishOutcome.NotDue;
        }

        if (update.Items.Count == 0)
        {
            // Left scheduled, it would be refused at every pass; as a draft again the editor sees why on its page.
            update.Status = UpdateStatus.Draft;
            update.ScheduledForUtc = null;
            update.SendWhenPublished = false;
            update.UpdatedAtUtc = now;
            await changes.SaveAsync(ChangeNote.Of("Not published", nameof(Update), update.Number,
                $"{update.Title} was not published on schedule because it has no items; it is a draft again"), "scheduler", cancellationToken);
            return PublishOutcome.Empty;
        }

        return await PublishLoadedAsync(update, "scheduler", "Published on schedule", cancellationToken);
    }

    /// <param name="sendWhenPublished">Whether publishing also queues the e-mail to subscribers.</param>
    public async Task<PublishOutcome> ScheduleAsync(int updateId, int expectedVersion, DateTime utc, string by, bool sendWhenPublished = false, CancellationToken cancellationToken = default)
    {
        var update = await db.Updates.FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        if (update.IsPublished())
        {
            return PublishOutcome.AlreadyPublished;
        }

        if (!await db.UpdateItems.AnyAsync(i => i.UpdateId == updateId, cancellationToken))
        {
            return PublishOutcome.Empty;
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = expectedVersion;
        update.Status = UpdateStatus.Scheduled;
        update.ScheduledForUtc = utc;
        update.SendWhenPublished = sendWhenPublished;
        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        var sending = sendWhenPublished ? ", to be e-mailed to subscribers when it publishes" : "";
        return await SaveAsync(ChangeNote.Of("Scheduled", nameof(Update), update.Number, $"{update.Title} scheduled for {LondonClock.ToLocal(utc):d MMM yyyy HH:mm} (London){sending}"), by, cancellationToken);
    }

    /// <summary>Back to draft: from scheduled (cancelling the schedule) or from published.</summary>
    public async Task<PublishOutcome> ReturnToDraftAsync(int updateId, int expectedVersion, string by, CancellationToken cancellationToken = default)
    {
        var update = await db.Updates.FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = expectedVersion;
        var was = update.Status;
        update.Status = UpdateStatus.Draft;
        update.ScheduledForUtc = null;
        // A cancelled schedule takes its "send when published" with it, so a later "Publish now" sends nothing unasked.
        update.SendWhenPublished = false;
        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        return await SaveAsync(ChangeNote.Of(was.IsPublished() ? "Unpublished" : "Unscheduled", nameof(Update), update.Number, $"{update.Title} returned to draft"), by, cancellationToken);
    }

    private async Task<PublishOutcome> PublishLoadedAsync(Update update, string by, string action, CancellationToken cancellationToken)
    {
        await editions.RefreshAsync(update, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        update.Status = UpdateStatus.Published;
        update.PublishedAtUtc ??= now;
        update.ScheduledForUtc = null;
        update.UpdatedAtUtc = now;
        var notes = new List<ChangeNote> { ChangeNote.Of(action, nameof(Update), update.Number, $"{update.Title} ({update.IssueDate:d MMM yyyy}) published") };

        // "Send when published" queues the e-mail in the publish's own transaction, so an update is never public
        // without its queued send, nor the reverse. An update sent before is never sent again this way (a
        // correction, or a republish after unpublishing): a second send is the editor's explicit, confirmed act.
        var round = update.SendWhenPublished ? await outbox.NextRoundAsync(update.Id, cancellationToken) : 0;
        var send = round == 1;
        if (update.SendWhenPublished)
        {
            update.SendWhenPublished = false;
            if (send)
            {
                notes.Add(ChangeNote.Of("Sent", nameof(Update), update.Id, $"{update.Title} queued for subscribers as it published (send 1)"));
            }
        }

        var (id, number) = (update.Id, update.Number);
        var saved = await changes.ExecuteAsync(async ct =>
        {
            if (send)
            {
                await db.SaveChangesAsync(ct);
                await outbox.AddAsync(id, number, 1, ct);
            }
        }, notes, by, cancellationToken);
        var outcome = saved == SaveOutcome.Saved ? PublishOutcome.Published : PublishOutcome.Conflict;
        if (outcome == PublishOutcome.Published && send)
        {
            outbox.Wake();
        }

        if (outcome == PublishOutcome.Published)
        {
            EditorLog.Published(logger, update.Title, by);
        }

        return outcome;
    }

    private async Task<PublishOutcome> SaveAsync(ChangeNote note, string by, CancellationToken cancellationToken) =>
        await changes.SaveAsync(note, by, cancellationToken) == SaveOutcome.Saved ? PublishOutcome.Published : PublishOutcome.Conflict;
}
