using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Migrations;

namespace SESLIP.Newsletter.Tests.Data;

/// <summary>SQL Server refuses an <c>OUTPUT</c> clause on a table with an enabled trigger, and EF Core saves with one
/// unless the model declares the table's triggers. Every trigger the migrations create (search documents, list
/// counts) must therefore be declared on its table, or saving to that table fails on SQL Server only, which no
/// server here can show. The statements are read from the same code the migrations run.</summary>
public sealed partial class TriggerDeclarationTests
{
    [Fact]
    public void Every_trigger_the_SQL_Server_migrations_create_is_declared_on_its_table()
    {
        using var db = new SqlServerNewsletterDbContext(new DbContextOptionsBuilder<SqlServerNewsletterDbContext>()
            .UseSqlServer("Server=(local);Database=SeslipNewsletterModelCheck;Trusted_Connection=True;TrustServerCertificate=True").Options);
        // The model as configured (the compiled one is checked against it by CompiledModelTests).
        var model = db.GetService<IDesignTimeModel>().Model;
        var statements = SearchSql.SqlServerUp().Select(s => s.Sql).Concat(ListCountsSql.SqlServerUp());

        var created = statements.SelectMany(s => CreateTrigger().Matches(s)).Select(m => (Trigger: m.Groups[1].Value, Table: m.Groups[2].Value)).ToList();

        Assert.NotEmpty(created);
        Assert.All(created, c =>
        {
            var declared = model.GetEntityTypes()
                .Where(e => e.GetTableName() == c.Table)
                .SelectMany(e => e.GetDeclaredTriggers())
                .Select(t => t.GetDatabaseName(StoreObjectIdentifier.Table(c.Table)));
            Assert.True(declared.Contains(c.Trigger), $"The table {c.Table} has the trigger {c.Trigger} but its entity configuration does not declare it (ToTable(t => t.HasTrigger(\"{c.Trigger}\"))).");
        });
    }

    [GeneratedRegex(@"CREATE TRIGGER \[(\w+)\] ON \[(\w+)\]")]
    private static partial Regex CreateTrigger();
}
