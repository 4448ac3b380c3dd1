using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SESLIP.Newsletter.Web.Data;

/// <summary>EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>; a start killed while
/// migrating leaves it behind and every later start would wait for it forever, silently. Before migrating,
/// a lock older than <c>Database:StaleMigrationLockMinutes</c> is released with a warning, and a younger one
/// is logged as what the start is waiting for (docs/adr/0024-stale-migration-lock.md). SQL Server's lock is
/// an application lock owned by the session, released by the server when the session ends.</summary>
public static partial class MigrationLock
{
    public const string Table = "__EFMigrationsLock";

    public static async Task ReleaseIfStaleAsync(NewsletterDbContext db, TimeSpan staleAfter, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var logged = false;
            while (await TakenAtAsync(connection, cancellationToken) is { } text)
            {
                var age = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? time.GetUtcNow() - at : staleAfter;
                if (age >= staleAfter)
                {
                    await using var delete = connection.CreateCommand();
                    delete.CommandText = $"DELETE FROM \"{Table}\"";
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                    Released(logger, Table, text, staleAfter.TotalMinutes);
                    return;
                }

                // Another start may really be migrating: wait for it, but never past the stale age.
                if (!logged)
                {
                    Waiting(logger, Table, text, staleAfter.TotalMinutes);
                    logged = true;
                }

                await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> TakenAtAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand();
        exists.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT \"Timestamp\" FROM \"{Table}\" LIMIT 1";
        return await read.ExecuteScalarAsync(cancellationToken) as string;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Released a stale migration lock: the row in {Table} taken at {Taken} is older than {Minutes} minutes, so the start that took it must have died while migrating")]
    private static partial void Released(ILogger logger, string table, string taken, double minutes);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Waiting for the migration lock in {Table}, taken at {Taken} by another start that is migrating; if none is, it is released once it is {Minutes} minutes old, or delete the row: sqlite3 newsletter.db \"DELETE FROM __EFMigrationsLock\"")]
    private static partial void Waiting(ILogger logger, string table, string taken, double minutes);
}
