using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Tests.Data;

public sealed class DatabaseSetupTests
{
    [Fact]
    public async Task Starting_the_site_creates_and_migrates_a_SQLite_file_in_WAL_mode()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false, StartFromTemplate = false };
        Assert.False(File.Exists(factory.DatabasePath));

        using var client = factory.CreateClient();

        Assert.True(File.Exists(factory.DatabasePath), $"No database file at {factory.DatabasePath}.");
        await using (var db = factory.CreateDbContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public void A_relative_SQLite_file_is_placed_under_the_content_root()
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var resolved = DatabaseSetup.ResolveSqliteConnectionString("Data Source=App_Data/x.db", contentRoot);

            var expected = Path.Combine(contentRoot, "App_Data", "x.db");
            Assert.Equal(expected, new SqliteConnectionStringBuilder(resolved).DataSource);
            Assert.True(Directory.Exists(Path.Combine(contentRoot, "App_Data")), "The database's folder was not created.");
        }
        finally
        {
            if (Directory.Exists(contentRoot))
            {
                Directory.Delete(contentRoot, recursive: true);
            }
        }
    }

    [Fact]
    public void An_absolute_or_in_memory_SQLite_source_is_left_alone()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "seslip-absolute.db");

        Assert.Equal(absolute, new SqliteConnectionStringBuilder(
            DatabaseSetup.ResolveSqliteConnectionString($"Data Source={absolute}", "/nowhere")).DataSource);
        Assert.Equal(":memory:", new SqliteConnectionStringBuilder(
            DatabaseSetup.ResolveSqliteConnectionString("Data Source=:memory:", "/nowhere")).DataSource);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_fails_with_a_message_naming_the_setting()
    {
        using var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            Settings =
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:Newsletter"] = "",
            },
        };

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("ConnectionStrings:Newsletter", messages, StringComparison.Ordinal);
        Assert.Contains("Database:Provider is SqlServer", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
