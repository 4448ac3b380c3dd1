using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.CompiledModels.Sqlite;
using SESLIP.Newsletter.Web.Data.CompiledModels.SqlServer;

namespace SESLIP.Newsletter.Tests.Data;

/// <summary>The site runs on compiled models (Data/CompiledModels, docs/adr/0041-start-up-work.md), and EF Core
/// never checks them against the entity configurations: these tests build each context's model from its
/// configurations, as `dotnet ef` would, and fail when the compiled one says anything different.</summary>
public sealed class CompiledModelTests
{
    // No server is contacted: building and comparing models needs none.
    private const string DummySqlServer = "Server=(local);Database=SeslipNewsletterModelCheck;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public void The_SQLite_compiled_model_matches_the_configured_model()
    {
        using var db = new SqliteNewsletterDbContext(new DbContextOptionsBuilder<SqliteNewsletterDbContext>()
            .UseSqlite("Data Source=:memory:").UseModel(SqliteNewsletterDbContextModel.Instance).Options);

        AssertSameModel(db);
    }

    [Fact]
    public void The_SQL_Server_compiled_model_matches_the_configured_model()
    {
        using var db = new SqlServerNewsletterDbContext(new DbContextOptionsBuilder<SqlServerNewsletterDbContext>()
            .UseSqlServer(DummySqlServer).UseModel(SqlServerNewsletterDbContextModel.Instance).Options);

        AssertSameModel(db);
    }

    private static void AssertSameModel(NewsletterDbContext db)
    {
        var compiled = db.Model;
        // The design-time model is always built from OnModelCreating, whatever model the options carry.
        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.IsAssignableFrom<RuntimeModel>(compiled);
        Assert.NotSame(compiled, configured);

        // Entity types, properties with their CLR types and nullability, keys, indexes, navigations...
        AssertSame(configured.ToDebugString(MetadataDebugStringOptions.ShortDefault), compiled.ToDebugString(MetadataDebugStringOptions.ShortDefault));
        // ...and the schema they map to, which lives in annotations the two models do not share in full.
        AssertSame(Schema(configured), Schema(compiled));
    }

    private static void AssertSame(string configured, string compiled)
    {
        var expected = configured.Split('\n');
        var actual = compiled.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
        Assert.True(first < 0,
            "The compiled model is stale: run scripts/compiled-models.sh (README.md, \"Changing the model\"). " +
            $"First difference, line {first + 1}: the configuration says '{expected.ElementAtOrDefault(first)?.Trim()}', " +
            $"the compiled model '{actual.ElementAtOrDefault(first)?.Trim()}'.");
    }

    /// <summary>Tables, columns with their store types, keys, indexes and foreign keys, one line each.</summary>
    private static string Schema(IModel model)
    {
        var lines = new List<string>();
        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.Add($"table {table.Name}");
            lines.AddRange(table.Columns.Select(c =>
                $"  column {c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"));
            lines.AddRange(table.UniqueConstraints.Select(k => $"  key {k.Name} ({string.Join(", ", k.Columns.Select(c => c.Name))})"));
            lines.AddRange(table.Indexes.Select(i =>
                $"  index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}) unique {i.IsUnique} filter {i.Filter}"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f =>
                $"  foreign key {f.Name} to {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"));
        }

        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }
}
