using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary><c>backup &lt;file&gt;</c>: a consistent copy of the SQLite database while the site runs, through
/// SQLite's online backup (which sees committed writes still in the WAL file, unlike copying newsletter.db),
/// checked with <c>PRAGMA integrity_check</c> and reported. SQL Server has its own: docs/deployment.md.</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Arguments.Count != 1)
        {
            await context.Error.WriteLineAsync("Usage: backup <file>  (a new file: an existing one is never overwritten)");
            return ExitCodes.Usage;
        }

        var db = context.Services.GetRequiredService<NewsletterDbContext>();
        if (!db.Database.IsSqlite())
        {
            await context.Error.WriteLineAsync("The database is on SQL Server: back it up with BACKUP DATABASE ... WITH COPY_ONLY (see docs/deployment.md, \"Backup and restore\").");
            return ExitCodes.Failed;
        }

        var target = Path.GetFullPath(context.Arguments[0]);
        if (File.Exists(target))
        {
            await context.Error.WriteLineAsync($"{target} already exists: choose a new file name.");
            return ExitCodes.Failed;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        var report = await CopyAsync(db.Database.GetConnectionString()!, partial, context.CancellationToken);
        if (report.Integrity != "ok")
        {
            File.Delete(partial);
            await context.Error.WriteLineAsync($"The copy failed its integrity check ({report.Integrity}); nothing was kept. Try again.");
            return ExitCodes.Failed;
        }

        File.Move(partial, target);
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up to {target}: {new FileInfo(target).Length:N0} bytes, integrity ok, {report.Updates} updates, {report.Items} items, {report.Meetings} meetings, {report.AuditEntries} audit entries."));
        return ExitCodes.Success;
    }

    /// <summary>Copies the live database into <paramref name="file"/> and checks the copy.</summary>
    public static async Task<BackupReport> CopyAsync(string connectionString, string file, CancellationToken cancellationToken = default)
    {
        await using (var source = new SqliteConnection(connectionString))
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);

            // A backup is one self-contained file, whatever the live database's journal.
            await ScalarAsync(destination, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }

        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(cancellationToken);
        return new BackupReport(
            (string)(await ScalarAsync(copy, "PRAGMA integrity_check;", cancellationToken))!,
            await CountAsync(copy, "Updates", cancellationToken),
            await CountAsync(copy, "UpdateItems", cancellationToken),
            await CountAsync(copy, "Meetings", cancellationToken),
            await CountAsync(copy, "AuditEntries", cancellationToken));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, $"SELECT count(*) FROM \"{table}\";", cancellationToken), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

public sealed record BackupReport(string Integrity, long Updates, long Items, long Meetings, long AuditEntries);
