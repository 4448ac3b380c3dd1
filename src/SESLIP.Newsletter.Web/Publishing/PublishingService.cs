using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Publishing;

public enum PublishOutcome
{
    Published,
    NotFound,
    AlreadyPublished,
    Conflict,
    NotDue,
}

/// <summary>Every change of an update's status goes through here, so each one builds the edition
/// copies, writes the audit entry and clears the public pages' cache the same way.</summary>
public sealed class PublishingService(
    NewsletterDbContext db,
    EditionBuilder editions,
    AuditTrail audit,
    TimeProvider time,
    IServiceProvider services,
    ILogger<PublishingService> logger)
{
    /// <summary>Output-cache tags the public pages use; every status change evicts them.</summary>
    public static IReadOnlyList<string> PublicCacheTags { get; } = ["updates", "public"];

    /// <summary>Publishes now. <paramref name="expectedVersion"/> is the version the editor saw;
    /// if anyone changed the update since, nothing is published.</summary>
    public async Task<PublishOutcome> PublishAsync(int updateId, int? expectedVersion, string by, CancellationToken cancellationToken = default)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        if (update.Status == UpdateStatus.Published)
        {
            return PublishOutcome.AlreadyPublished;
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
            return update.Status == UpdateStatus.Published ? PublishOutcome.AlreadyPublished : PublishOutcome.NotDue;
        }

        return await PublishLoadedAsync(update, "scheduler", "Published on schedule", cancellationToken);
    }

    public async Task<PublishOutcome> ScheduleAsync(int updateId, int expectedVersion, DateTime utc, string by, CancellationToken cancellationToken = default)
    {
        var update = await db.Updates.FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return PublishOutcome.NotFound;
        }

        if (update.Status == UpdateStatus.Published)
        {
            return PublishOutcome.AlreadyPublished;
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = expectedVersion;
        update.Status = UpdateStatus.Scheduled;
        update.ScheduledForUtc = utc;
        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("Scheduled", nameof(Update), update.Number, $"{update.Title} scheduled for {LondonTime.ToLocal(utc):d MMM yyyy HH:mm} (London)", by);
        return await SaveAsync(cancellationToken);
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
        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(was == UpdateStatus.Published ? "Unpublished" : "Unscheduled", nameof(Update), update.Number, $"{update.Title} returned to draft", by);
        var outcome = await SaveAsync(cancellationToken);
        if (outcome == PublishOutcome.Published && was == UpdateStatus.Published)
        {
            await EvictPublicPagesAsync(cancellationToken);
        }

        return outcome;
    }

    public async Task EvictPublicPagesAsync(CancellationToken cancellationToken = default)
    {
        if (services.GetService<IOutputCacheStore>() is { } cache)
        {
            foreach (var tag in PublicCacheTags)
            {
                await cache.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }

    private async Task<PublishOutcome> PublishLoadedAsync(Update update, string by, string action, CancellationToken cancellationToken)
    {
        await editions.RefreshAsync(update, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        update.Status = UpdateStatus.Published;
        update.PublishedAtUtc ??= now;
        update.ScheduledForUtc = null;
        update.UpdatedAtUtc = now;
        audit.Record(action, nameof(Update), update.Number, $"{update.Title} ({update.IssueDate:d MMM yyyy}) published", by);
        var outcome = await SaveAsync(cancellationToken);
        if (outcome == PublishOutcome.Published)
        {
            EditorLog.Published(logger, update.Title, by);
            await EvictPublicPagesAsync(cancellationToken);
        }

        return outcome;
    }

    private async Task<PublishOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return PublishOutcome.Published;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PublishOutcome.Conflict;
        }
    }
}
