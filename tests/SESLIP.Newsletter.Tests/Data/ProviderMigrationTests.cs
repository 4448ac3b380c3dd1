using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Tests.Data;

/// <summary>Both providers are first-class (docs/adr/0001-two-database-providers.md): each context's
/// migrations must describe today's model, and the two migration histories must move in step.</summary>
public sealed partial class ProviderMigrationTests
{
    // No server is contacted: building the model, listing migrations and generating scripts need none.
    private const string DummySqlServer = "Server=(local);Database=SeslipNewsletterModelCheck;Trusted_Connection=True;TrustServerCertificate=True";

    private static SqliteNewsletterDbContext CreateSqlite() =>
        new(new DbContextOptionsBuilder<SqliteNewsletterDbContext>()
            .UseSqlite("Data Source=:memory:").Options);

    private static SqlServerNewsletterDbContext CreateSqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerNewsletterDbContext>()
            .UseSqlServer(DummySqlServer).Options);

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = CreateSqlite();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last SQLite migration. Add a migration for BOTH providers (see NewsletterDbContext).");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = CreateSqlServer();

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last SQL Server migration. Add a migration for BOTH providers (see NewsletterDbContext).");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_in_the_same_order()
    {
        using var sqlite = CreateSqlite();
        using var sqlServer = CreateSqlServer();

        var sqliteNames = sqlite.Database.GetMigrations().Select(WithoutTimestamp).ToList();
        var sqlServerNames = sqlServer.Database.GetMigrations().Select(WithoutTimestamp).ToList();

        Assert.NotEmpty(sqliteNames);
        Assert.Equal(sqliteNames, sqlServerNames);
    }

    [Fact]
    public void SqlServer_create_script_builds_the_Updates_table_with_a_unique_Number()
    {
        using var db = CreateSqlServer();

        var script = db.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE [Updates]", script, StringComparison.Ordinal);
        Assert.Matches(UniqueNumberIndex(), script);
    }

    [Fact]
    public void SqlServer_idempotent_migration_script_generates()
    {
        using var db = CreateSqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Updates]", script, StringComparison.Ordinal);
        Assert.Matches(UniqueNumberIndex(), script);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    private static string WithoutTimestamp(string migrationId) => MigrationTimestamp().Replace(migrationId, "");

    [GeneratedRegex(@"^\d{14}_")]
    private static partial Regex MigrationTimestamp();

    [GeneratedRegex(@"CREATE UNIQUE INDEX \[IX_Updates_Number\] ON \[Updates\] \(\[Number\]\)")]
    private static partial Regex UniqueNumberIndex();
}
