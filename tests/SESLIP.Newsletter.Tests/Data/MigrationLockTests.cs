using System.Net;
using Microsoft.Data.Sqlite;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Data;

/// <summary>A start killed while migrating leaves EF Core's lock row behind; the next start must not hang on it.</summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task A_start_after_one_killed_while_migrating_releases_the_stale_lock_and_says_so()
    {
        string directory;
        using (var first = new NewsletterFactory { KeepData = true, LoadDemoContent = false })
        {
            _ = first.Services;
            directory = first.DataDirectory;
        }

        var database = Path.Combine(directory, "newsletter.db");
        await ExecuteAsync(database,
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
            "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2020-01-01 09:00:00+00:00');");

        using var second = new NewsletterFactory { DataDirectory = directory, LoadDemoContent = false };
        // Bounded so that a regression fails the test instead of hanging the run.
        var client = await Task.Run(second.CreateClient).WaitAsync(NewsletterFactory.RequestTimeout);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Contains("Released a stale migration lock", TestLog.Current?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(0L, await ExecuteAsync(database, "SELECT count(*) FROM \"__EFMigrationsLock\";"));
    }

    private static async Task<object?> ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
