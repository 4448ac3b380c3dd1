using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Tests.Data;

public sealed class DatabaseSetupTests
{
    [Fact]
    public async Task StartingTheSiteCreatesAndMigratesASqliteFileInWalMode()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
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
    public void ARelativeSqliteFileIsPlacedUnderTheContentRoot()
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
    public void AnAbsoluteOrInMemorySqliteSourceIsLeftAlone()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "seslip-absolute.db");

        Assert.Equal(absolute, new SqliteConnectionStringBuilder(
            DatabaseSetup.ResolveSqliteConnectionString($"Data Source={absolute}", "/nowhere")).DataSource);
        Assert.Equal(":memory:", new SqliteConnectionStringBuilder(
            DatabaseSetup.ResolveSqliteConnectionString("Data Source=:memory:", "/nowhere")).DataSource);
    }

    [Fact]
    public void SqlServerWithoutAConnectionStringFailsWithAMessageNamingTheSetting()
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
