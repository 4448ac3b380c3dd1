#nullable enable

using Microsoft.EntityFrameworkCore.Migrations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Data.Migrations;

/// <summary>The triggers that keep <see cref="ListCount"/> rows in step with the rows they count, for both
/// providers, called from each provider's "ListCounts" migration (docs/adr/0040-counts-kept-by-triggers.md). In the
/// database, like the search documents, so every writer (editor, importer, scheduler, a bulk insert) keeps them,
/// in the transaction that made the change.</summary>
public static class ListCountsSql
{
    private const string Table = "ListCounts";

    /// <summary>What a row of a counted table adds to one list: the list, the key and the weight for a row alias
    /// (<c>NEW</c>/<c>OLD</c> in SQLite, <c>inserted</c>/<c>deleted</c> in SQL Server), and when it counts.</summary>
    private sealed record Counted(string List, Func<string, string> Key, Func<string, string> When, Func<string, string>? Weight = null);

    /// <summary>A counted table; <paramref name="Columns"/> are the columns whose change can move a count.</summary>
    private sealed record Source(string Table, string[] Columns, Counted[] Counts, bool OnlyUpdates = false);

    private static IEnumerable<Source> Sources(bool sqlServer)
    {
        string Year(string column) => sqlServer ? $"CAST(YEAR({column}) AS nvarchar({Configurations.Limits.Name}))" : $"strftime('%Y', {column})";
        string Publisher(string r) => $"COALESCE((SELECT o.Name FROM Organisations o WHERE o.Id = {r}.PublisherId), {r}.PublisherText)";

        yield return new("Updates", ["Status", "IssueDate"],
            [new(ListCount.ArchiveYears, r => Year($"{r}.IssueDate"), r => $"{r}.Status = {(int)UpdateStatus.Published}")]);
        yield return new("Publications", ["PublisherId", "PublisherText", "PublishedOn"],
        [
            new(ListCount.Publications, _ => sqlServer ? "CAST(N'' AS nvarchar(200))" : "''", _ => "1 = 1"),
            new(ListCount.PublicationYears, r => Year($"{r}.PublishedOn"), r => $"{r}.PublishedOn IS NOT NULL"),
            new(ListCount.Publishers, Publisher, r => $"{Publisher(r)} <> ''"),
        ]);
        // A renamed organisation moves its publications' count from the old name to the new one. An organisation is
        // created before its publications and cannot be deleted while it has any.
        yield return new("Organisations", ["Name"],
            [new(ListCount.Publishers, r => $"{r}.Name", _ => "1 = 1", r => $"(SELECT COUNT(*) FROM Publications p WHERE p.PublisherId = {r}.Id)")],
            OnlyUpdates: true);
    }

    // The rows a changed row adds (sign 1) or takes away (sign -1), one per list it counts in.
    private static string Rows(Source source, string alias, int sign, string? from, bool sqlServer) => string.Join("\n    UNION ALL ", source.Counts.Select(c =>
        sqlServer
            ? $"SELECT N'{c.List}' AS [List], {c.Key(alias)} AS [Key], {sign} * {c.Weight?.Invoke(alias) ?? "1"} AS [Delta] {from} WHERE {c.When(alias)}"
            : $"SELECT '{c.List}' AS \"List\", {c.Key(alias)} AS \"Key\", {sign} * {c.Weight?.Invoke(alias) ?? "1"} AS \"Delta\" {from} WHERE {c.When(alias)}"));

    public static void UpSqlite(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in SqliteUp())
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void DownSqlite(MigrationBuilder migrationBuilder)
    {
        foreach (var source in Sources(sqlServer: false))
        {
            foreach (var suffix in new[] { "ai", "au", "ad" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS Counts_{source.Table}_{suffix};");
            }
        }
    }

    internal static IEnumerable<string> SqliteUp()
    {
        // The deltas summed per key, so an update that leaves a key where it was writes nothing; a key whose count
        // reaches zero is deleted, so every row is a list entry a page shows.
        static string Apply(string rows) => $"""
            INSERT INTO {Table} ("List", "Key", "Count")
                SELECT "List", "Key", SUM("Delta") FROM (
                    {rows}
                ) WHERE "Key" IS NOT NULL GROUP BY "List", "Key" HAVING SUM("Delta") <> 0
                ON CONFLICT ("List", "Key") DO UPDATE SET "Count" = "Count" + excluded."Count";
            """;
        const string RemoveEmpty = $"""DELETE FROM {Table} WHERE "Count" <= 0;""";

        foreach (var s in Sources(sqlServer: false))
        {
            if (!s.OnlyUpdates)
            {
                yield return $"""
                    CREATE TRIGGER Counts_{s.Table}_ai AFTER INSERT ON {s.Table} BEGIN
                    {Apply(Rows(s, "NEW", 1, null, false))}
                    END;
                    """;
                yield return $"""
                    CREATE TRIGGER Counts_{s.Table}_ad AFTER DELETE ON {s.Table} BEGIN
                    {Apply(Rows(s, "OLD", -1, null, false))}
                    {RemoveEmpty}
                    END;
                    """;
            }

            yield return $"""
                CREATE TRIGGER Counts_{s.Table}_au AFTER UPDATE OF {string.Join(", ", s.Columns)} ON {s.Table} BEGIN
                {Apply(Rows(s, "OLD", -1, null, false) + "\n    UNION ALL " + Rows(s, "NEW", 1, null, false))}
                {RemoveEmpty}
                END;
                """;
            if (!s.OnlyUpdates)
            {
                yield return Apply(Rows(s, "r", 1, $"FROM {s.Table} AS r", false));
            }
        }
    }

    public static void UpSqlServer(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in SqlServerUp())
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void DownSqlServer(MigrationBuilder migrationBuilder)
    {
        foreach (var source in Sources(sqlServer: true))
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [Counts_{source.Table}];");
        }
    }

    internal static IEnumerable<string> SqlServerUp()
    {
        // HOLDLOCK: two transactions adding the same new key wait for each other instead of both inserting it.
        static string Apply(string rows) => $"""
            MERGE INTO [{Table}] WITH (HOLDLOCK) AS t
                USING (
                    SELECT [List], [Key], SUM([Delta]) AS [Delta] FROM (
                        {rows}
                    ) AS d WHERE [Key] IS NOT NULL GROUP BY [List], [Key] HAVING SUM([Delta]) <> 0
                ) AS c ON t.[List] = c.[List] AND t.[Key] = c.[Key]
                WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + c.[Delta]
                WHEN NOT MATCHED THEN INSERT ([List], [Key], [Count]) VALUES (c.[List], c.[Key], c.[Delta]);
            """;

        foreach (var s in Sources(sqlServer: true))
        {
            var events = s.OnlyUpdates ? "UPDATE" : "INSERT, UPDATE, DELETE";
            yield return $"""
                CREATE TRIGGER [Counts_{s.Table}] ON [{s.Table}] AFTER {events} AS
                BEGIN
                    SET NOCOUNT ON;
                    IF NOT EXISTS (SELECT 1 FROM inserted) AND NOT EXISTS (SELECT 1 FROM deleted) RETURN;
                    {Apply(Rows(s, "r", 1, "FROM inserted AS r", true) + "\n    UNION ALL " + Rows(s, "r", -1, "FROM deleted AS r", true))}
                    DELETE FROM [{Table}] WHERE [Count] <= 0;
                END;
                """;
            if (!s.OnlyUpdates)
            {
                yield return Apply(Rows(s, "r", 1, $"FROM [{s.Table}] AS r", true));
            }
        }
    }
}
