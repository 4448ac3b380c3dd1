using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Web.Editing;

public enum SaveOutcome
{
    Saved,

    /// <summary>Someone saved the record since the editor loaded it (its version token no longer matches).</summary>
    Conflict,

    /// <summary>A unique index refused the save: a name or slug someone else just took.</summary>
    Duplicate,

    /// <summary>Another writer held the database's write lock for longer than the busy timeout; nothing was saved.</summary>
    Busy,
}

/// <summary>
/// The one path every editorial change takes (an update, an item, an edition line, a directory record, an account).
/// In one transaction it saves the change, with the version check the context applies, and the audit entries that
/// describe it; after the commit it evicts exactly the public pages that show what changed and logs the change once.
/// A stale version comes back as <see cref="SaveOutcome.Conflict"/> with nothing saved, for the caller to show both
/// versions. No controller evicts the page cache or writes the audit trail itself (docs/adr/0012-editorial-save-pipeline.md).
/// </summary>
public sealed partial class EditorialChanges(
    NewsletterDbContext db,
    AuditTrail audit,
    IServiceProvider services,
    TimeProvider time,
    ILogger<EditorialChanges> logger)
{
    /// <summary>Saves a change to one part of <paramref name="update"/> (an item, or a list of lines) without
    /// touching the update's own version, so it never refuses someone saving another part; only the update's
    /// "last changed" stamp moves, which is what publishing checks (docs/adr/0023-per-part-versions.md).</summary>
    public Task<SaveOutcome> SavePartAsync(Update update, IReadOnlyList<ChangeNote> notes, string? userName = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Strictly later than what the editor's page showed, even on a clock that stands still.
        var stamp = now > update.UpdatedAtUtc ? now : update.UpdatedAtUtc.AddTicks(1);
        var id = update.Id;
        return ExecuteAsync(ct => db.Updates.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.UpdatedAtUtc, stamp), ct),
            notes, userName, cancellationToken);
    }

    public Task<SaveOutcome> SavePartAsync(Update update, ChangeNote note, string? userName = null, CancellationToken cancellationToken = default) =>
        SavePartAsync(update, [note], userName, cancellationToken);

    /// <summary>Saves what the caller changed on the context, with one audit entry per note.</summary>
    public Task<SaveOutcome> SaveAsync(ChangeNote note, string? userName = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(_ => Task.CompletedTask, [note], userName, cancellationToken);

    public Task<SaveOutcome> SaveAsync(IReadOnlyList<ChangeNote> notes, string? userName = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(_ => Task.CompletedTask, notes, userName, cancellationToken);

    /// <summary>Runs <paramref name="work"/>, which may save through the same context itself (Identity's
    /// <c>UserManager</c> does), then saves the rest with the audit entries, all in one transaction.</summary>
    public async Task<SaveOutcome> ExecuteAsync(Func<CancellationToken, Task> work, IReadOnlyList<ChangeNote> notes,
        string? userName = null, CancellationToken cancellationToken = default)
    {
        var touched = new List<(object Entity, bool WasPublic)>();
        void Collect(object? sender, SavingChangesEventArgs e)
        {
            foreach (var entry in db.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                {
                    var wasPublic = entry.Entity is Update && entry.State != EntityState.Added
                        && entry.Property(nameof(Update.Status)).OriginalValue is UpdateStatus status && status.IsPublished();
                    touched.Add((entry.Entity, wasPublic));
                }
            }
        }

        var attempts = 0;
        db.SavingChanges += Collect;
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                // Changes saved by a failed attempt were already accepted by the context, so a second attempt
                // would save nothing and report success; the editor is asked to try again instead.
                if (++attempts > 1)
                {
                    throw new InvalidOperationException("The database connection failed while saving; nothing was saved.");
                }

                var owned = db.Database.CurrentTransaction is null;
                await using var transaction = owned ? await db.Database.BeginTransactionAsync(ct) : null;
                await work(ct);
                await db.SaveChangesAsync(ct);
                foreach (var note in notes)
                {
                    audit.Add(note, userName);
                }

                await db.SaveChangesAsync(ct);
                // Stored editions link to these records' addresses; counted in the same transaction (docs/adr/0038).
                if (touched.Exists(t => StoredEditions.Shows(t.Entity.GetType())))
                {
                    await StoredEditions.DirectoryChangedAsync(db, ct);
                }

                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct);
                }
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Logged(SaveOutcome.Conflict, notes, userName);
        }
        catch (DbUpdateException exception) when (IsDuplicate(exception))
        {
            db.ChangeTracker.Clear();
            return Logged(SaveOutcome.Duplicate, notes, userName);
        }
        catch (Exception exception) when (IsBusy(exception))
        {
            db.ChangeTracker.Clear();
            return Logged(SaveOutcome.Busy, notes, userName);
        }
        finally
        {
            db.SavingChanges -= Collect;
        }

        await EvictAsync(touched, cancellationToken);
        return Logged(SaveOutcome.Saved, notes, userName);
    }

    private async Task EvictAsync(List<(object Entity, bool WasPublic)> touched, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var parts = new HashSet<int>();
        var updates = new HashSet<int>();
        foreach (var (entity, wasPublic) in touched)
        {
            switch (entity)
            {
                case Update update:
                    if (wasPublic || update.IsPublished())
                    {
                        tags.Add(PublicPageCache.Updates);
                        updates.Add(update.Id);
                    }

                    break;
                case IPartOfUpdate part:
                    parts.Add(part.UpdateId);
                    break;
                case Redirect:
                    services.GetService<Redirects.RedirectTable>()?.Evict();
                    break;
                default:
                    if (PublicPageCache.TagFor(entity.GetType()) is { } tag)
                    {
                        tags.Add(tag);
                    }

                    break;
            }
        }

        // A draft's items and lines reach no reader; a published update's do.
        if (parts.Count > 0 && !tags.Contains(PublicPageCache.Updates)
            && await db.Updates.Published().AnyAsync(u => parts.Contains(u.Id), cancellationToken))
        {
            tags.Add(PublicPageCache.Updates);
        }

        if (tags.Contains(PublicPageCache.Updates))
        {
            updates.UnionWith(parts);
        }

        if (tags.Count > 0 && services.GetService<IOutputCacheStore>() is { } cache)
        {
            foreach (var tag in tags)
            {
                await cache.EvictByTagAsync(tag, cancellationToken);
            }
        }

        // Render the evicted pages readers ask for most before they ask (docs/adr/0035).
        services.GetService<PageWarmer>()?.Warm(tags, updates);
    }

    private SaveOutcome Logged(SaveOutcome outcome, IReadOnlyList<ChangeNote> notes, string? userName)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var change = string.Join("; ", notes.Select(n => $"{n.Action} {n.EntityType}: {n.Summary}"));
            if (outcome == SaveOutcome.Saved)
            {
                Saved(logger, userName ?? audit.CurrentUser, change);
            }
            else
            {
                Refused(logger, userName ?? audit.CurrentUser, change, outcome);
            }
        }

        return outcome;
    }

    private static bool IsDuplicate(DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException
        && (exception.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
            || exception.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The write lock could not be had within the busy timeout: SQLITE_BUSY or SQLITE_LOCKED, or SQL
    /// Server's lock request time-out (1222) or command time-out (-2); possibly wrapped by EF or by the
    /// execution strategy.</summary>
    internal static bool IsBusy(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SqliteException { SqliteErrorCode: 5 or 6 } || exception is SqlException { Number: 1222 or -2 })
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "{UserName} saved: {Change}")]
    private static partial void Saved(ILogger logger, string userName, string change);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "{UserName} could not save ({Outcome}): {Change}")]
    private static partial void Refused(ILogger logger, string userName, string change, SaveOutcome outcome);
}
