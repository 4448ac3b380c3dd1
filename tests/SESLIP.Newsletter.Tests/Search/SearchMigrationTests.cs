using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Tests.Search;

/// <summary>The full-text index is created by each provider's SearchIndex migration. SQL Server is proved by its
/// generated script, without a server.</summary>
public sealed class SearchMigrationTests
{
    private const string DummySqlServer = "Server=(local);Database=SeslipSearchCheck;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public void Sql_server_script_creates_the_catalog_and_full_text_index_outside_a_transaction()
    {
        using var db = new SqlServerNewsletterDbContext(new DbContextOptionsBuilder<SqlServerNewsletterDbContext>().UseSqlServer(DummySqlServer).Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [SearchDocuments]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT CATALOG [SearchCatalog]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX ON [SearchDocuments] ([Title] LANGUAGE 2057, [AllText] LANGUAGE 2057)", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TRIGGER [Search_UpdateItems] ON [UpdateItems] AFTER INSERT, UPDATE, DELETE", script, StringComparison.Ordinal);
        foreach (var table in new[] { "Updates", "Publications", "Networks", "Meetings", "Contacts", "Organisations" })
        {
            Assert.Contains($"CREATE TRIGGER [Search_{table}]", script, StringComparison.Ordinal);
        }

        // EF ends the migration's transaction before a statement marked to run outside one.
        var fullText = script.IndexOf("CREATE FULLTEXT INDEX", StringComparison.Ordinal);
        var before = script[..fullText];
        Assert.True(before.LastIndexOf("COMMIT", StringComparison.Ordinal) > before.LastIndexOf("BEGIN TRANSACTION", StringComparison.Ordinal),
            "The full-text index must be created outside the migration's transaction.");
    }

    [Fact]
    public async Task Sqlite_migration_creates_the_fts5_table_and_a_trigger_for_every_source()
    {
        var path = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using (var db = new SqliteNewsletterDbContext(new DbContextOptionsBuilder<SqliteNewsletterDbContext>().UseSqlite($"Data Source={path}").Options))
            {
                await db.Database.MigrateAsync();
                var sql = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchIndex'").SingleAsync();
                Assert.Contains("fts5", sql, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("porter unicode61 remove_diacritics 2", sql, StringComparison.Ordinal);

                // A later migration that rebuilds a source table drops its triggers; this catches it.
                var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Search%'").ToListAsync();
                foreach (var table in new[] { "UpdateItems", "Updates", "Publications", "Networks", "Meetings", "Contacts" })
                {
                    Assert.Contains($"Search_{table}_ai", triggers);
                    Assert.Contains($"Search_{table}_au", triggers);
                    Assert.Contains($"Search_{table}_ad", triggers);
                }

                Assert.Contains("Search_Organisations_au", triggers);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
