#nullable enable

using Microsoft.EntityFrameworkCore.Migrations;

namespace SESLIP.Newsletter.Web.Data.Migrations;

/// <summary>The full-text index of both providers (docs/adr/0018-full-text-search.md), called from each
/// provider's "SearchIndex" migration. One table of search documents is kept in step with the source tables by
/// triggers, so a publish, an unpublish, a correction or a directory edit is searchable in the same transaction
/// that made it, whatever code made it (editor, importer, scheduler). The table is not part of the EF model:
/// only the search engines read it, with their own SQL.</summary>
public static class SearchSql
{
    public const string Documents = "SearchDocuments";

    /// <summary>The SQLite FTS5 table (external content over <see cref="Documents"/>).</summary>
    public const string Fts = "SearchIndex";

    /// <summary>The SQL Server full-text catalog.</summary>
    public const string Catalog = "SearchCatalog";

    // Each source: its table, its kind (Search/SearchKind numbers) and how a row becomes a document. "r" is
    // the row: NEW in a SQLite trigger, inserted in a SQL Server trigger, the table itself when filling.
    private sealed record Source(string Table, int Kind, string UpdateId, string Slug, string Title, string[] Body, string? Cascade = null);

    private static IEnumerable<Source> Sources(bool sqlServer)
    {
        var empty = sqlServer ? "N''" : "''";
        yield return new("UpdateItems", 0, "r.UpdateId", "r.Anchor", "r.Title", ["r.Body", "r.Headlines", "r.ActionRequired"]);
        yield return new("Updates", 1, "r.Id", empty, empty, ["r.Intro"]);
        yield return new("Publications", 2, "NULL", "r.Slug", "r.Title", ["r.PublisherText"]);
        // A renamed network renames the documents of its meetings: touching them fires their own trigger.
        yield return new("Networks", 3, "NULL", "r.Slug", "r.Name", ["r.Description", "r.ContactText"],
            Cascade: sqlServer
                ? "UPDATE m SET NetworkId = m.NetworkId FROM [Meetings] m JOIN inserted r ON m.NetworkId = r.Id;"
                : "UPDATE Meetings SET NetworkId = NetworkId WHERE NetworkId = NEW.Id;");
        yield return new("Meetings", 4, "NULL", "(SELECT n.Slug FROM Networks n WHERE n.Id = r.NetworkId)",
            "(SELECT n.Name FROM Networks n WHERE n.Id = r.NetworkId)", ["r.Place", "r.Note"]);
        yield return new("Contacts", 5, "NULL", "r.Slug", "r.Name", ["r.Roles", "(SELECT o.Name FROM Organisations o WHERE o.Id = r.OrganisationId)"]);
    }

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
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS Search_{source.Table}_{suffix};");
            }
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Search_Organisations_au;");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS {Fts};");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS {Documents};");
    }

    internal static IEnumerable<string> SqliteUp()
    {
        yield return $"""
            CREATE TABLE {Documents} (
                Id INTEGER NOT NULL PRIMARY KEY,
                Kind INTEGER NOT NULL,
                SourceId INTEGER NOT NULL,
                UpdateId INTEGER NULL,
                Slug TEXT NOT NULL DEFAULT '',
                Title TEXT NOT NULL DEFAULT '',
                Body TEXT NOT NULL DEFAULT ''
            );
            """;
        yield return $"CREATE UNIQUE INDEX IX_{Documents}_Kind_SourceId ON {Documents} (Kind, SourceId);";
        yield return $"CREATE INDEX IX_{Documents}_UpdateId ON {Documents} (UpdateId);";
        // Porter stemming over unicode61: "fostering" finds "foster"; accents fold, so "café" finds "cafe".
        yield return $"""
            CREATE VIRTUAL TABLE {Fts} USING fts5(
                Title, Body,
                content='{Documents}', content_rowid='Id',
                tokenize='porter unicode61 remove_diacritics 2'
            );
            """;
        yield return $"""
            CREATE TRIGGER {Documents}_ai AFTER INSERT ON {Documents} BEGIN
                INSERT INTO {Fts} (rowid, Title, Body) VALUES (NEW.Id, NEW.Title, NEW.Body);
            END;
            """;
        yield return $"""
            CREATE TRIGGER {Documents}_ad AFTER DELETE ON {Documents} BEGIN
                INSERT INTO {Fts} ({Fts}, rowid, Title, Body) VALUES ('delete', OLD.Id, OLD.Title, OLD.Body);
            END;
            """;
        yield return $"""
            CREATE TRIGGER {Documents}_au AFTER UPDATE ON {Documents} BEGIN
                INSERT INTO {Fts} ({Fts}, rowid, Title, Body) VALUES ('delete', OLD.Id, OLD.Title, OLD.Body);
                INSERT INTO {Fts} (rowid, Title, Body) VALUES (NEW.Id, NEW.Title, NEW.Body);
            END;
            """;

        foreach (var s in Sources(sqlServer: false))
        {
            string Row(string expression, string row) => expression.Replace("r.", row + ".", StringComparison.Ordinal);
            var body = string.Join(" || ' ' || ", s.Body.Select(b => $"coalesce({b}, '')"));
            string Columns(string row) =>
                $"{s.Kind}, {row}.Id, {Row(s.UpdateId, row)}, coalesce({Row(s.Slug, row)}, ''), coalesce({Row(s.Title, row)}, ''), {Row(body, row)}";

            yield return $"""
                CREATE TRIGGER Search_{s.Table}_ai AFTER INSERT ON {s.Table} BEGIN
                    INSERT INTO {Documents} (Kind, SourceId, UpdateId, Slug, Title, Body) SELECT {Columns("NEW")};
                END;
                """;
            yield return $"""
                CREATE TRIGGER Search_{s.Table}_au AFTER UPDATE ON {s.Table} BEGIN
                    DELETE FROM {Documents} WHERE Kind = {s.Kind} AND SourceId = OLD.Id;
                    INSERT INTO {Documents} (Kind, SourceId, UpdateId, Slug, Title, Body) SELECT {Columns("NEW")};
                    {s.Cascade}
                END;
                """;
            yield return $"""
                CREATE TRIGGER Search_{s.Table}_ad AFTER DELETE ON {s.Table} BEGIN
                    DELETE FROM {Documents} WHERE Kind = {s.Kind} AND SourceId = OLD.Id;
                END;
                """;
        }

        foreach (var statement in SqliteFill())
        {
            yield return statement;
        }

        // A renamed organisation renames its contacts' documents.
        yield return """
            CREATE TRIGGER Search_Organisations_au AFTER UPDATE OF Name ON Organisations BEGIN
                UPDATE Contacts SET OrganisationId = OrganisationId WHERE OrganisationId = NEW.Id;
            END;
            """;
    }

    /// <summary>Fills the documents (and through their triggers the FTS5 index) from the source tables: what the
    /// migration does once, and how the index is rebuilt from scratch after <c>DELETE FROM SearchDocuments</c>.</summary>
    public static IEnumerable<string> SqliteFill()
    {
        foreach (var s in Sources(sqlServer: false))
        {
            var body = string.Join(" || ' ' || ", s.Body.Select(b => $"coalesce({b}, '')")).Replace("r.", "t.", StringComparison.Ordinal);
            string Row(string expression) => expression.Replace("r.", "t.", StringComparison.Ordinal);
            yield return $"INSERT INTO {Documents} (Kind, SourceId, UpdateId, Slug, Title, Body) "
                + $"SELECT {s.Kind}, t.Id, {Row(s.UpdateId)}, coalesce({Row(s.Slug)}, ''), coalesce({Row(s.Title)}, ''), {body} FROM {s.Table} AS t;";
        }
    }

    public static void UpSqlServer(MigrationBuilder migrationBuilder)
    {
        foreach (var (statement, outsideTransaction) in SqlServerUp())
        {
            migrationBuilder.Sql(statement, suppressTransaction: outsideTransaction);
        }
    }

    public static void DownSqlServer(MigrationBuilder migrationBuilder)
    {
        foreach (var source in Sources(sqlServer: true))
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [Search_{source.Table}];");
        }

        migrationBuilder.Sql("DROP TRIGGER IF EXISTS [Search_Organisations];");
        migrationBuilder.Sql($"IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'{Documents}')) DROP FULLTEXT INDEX ON [{Documents}];", suppressTransaction: true);
        migrationBuilder.Sql($"IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'{Catalog}') DROP FULLTEXT CATALOG [{Catalog}];", suppressTransaction: true);
        migrationBuilder.Sql($"DROP TABLE IF EXISTS [{Documents}];");
    }

    /// <summary>The statements, each with whether it must run outside a transaction (full-text DDL must).</summary>
    internal static IEnumerable<(string Sql, bool OutsideTransaction)> SqlServerUp()
    {
        // AllText holds title and body together: CONTAINS over a column list needs every term in one column.
        yield return ($"""
            CREATE TABLE [{Documents}] (
                [Id] int IDENTITY(1,1) NOT NULL CONSTRAINT [PK_{Documents}] PRIMARY KEY,
                [Kind] int NOT NULL,
                [SourceId] int NOT NULL,
                [UpdateId] int NULL,
                [Slug] nvarchar(200) NOT NULL,
                [Title] nvarchar(max) NOT NULL,
                [Body] nvarchar(max) NOT NULL,
                [AllText] nvarchar(max) NOT NULL
            );
            """, false);
        yield return ($"CREATE UNIQUE INDEX [IX_{Documents}_Kind_SourceId] ON [{Documents}] ([Kind], [SourceId]);", false);
        yield return ($"CREATE INDEX [IX_{Documents}_UpdateId] ON [{Documents}] ([UpdateId]);", false);

        foreach (var s in Sources(sqlServer: true))
        {
            var body = "CONCAT_WS(N' ', " + string.Join(", ", s.Body) + ")";
            var columns = $"{s.Kind}, r.Id, {s.UpdateId}, ISNULL({s.Slug}, N''), ISNULL({s.Title}, N''), {body}, CONCAT_WS(N' ', {s.Title}, {body})";
            const string Insert = $"INSERT INTO [{Documents}] ([Kind], [SourceId], [UpdateId], [Slug], [Title], [Body], [AllText])";
            yield return ($"""
                CREATE TRIGGER [Search_{s.Table}] ON [{s.Table}] AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DELETE d FROM [{Documents}] d JOIN deleted r ON d.[Kind] = {s.Kind} AND d.[SourceId] = r.[Id];
                    {Insert} SELECT {columns} FROM inserted AS r;
                    {s.Cascade}
                END;
                """, false);
            yield return ($"{Insert} SELECT {columns} FROM [{s.Table}] AS r;", false);
        }

        yield return ("""
            CREATE TRIGGER [Search_Organisations] ON [Organisations] AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                UPDATE c SET OrganisationId = c.OrganisationId FROM [Contacts] c JOIN inserted r ON c.OrganisationId = r.Id;
            END;
            """, false);

        yield return ($"IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'{Catalog}') CREATE FULLTEXT CATALOG [{Catalog}];", true);
        // British English word breaking and stemming (LCID 2057); no stoplist, so phrases keep every word.
        yield return ($"""
            CREATE FULLTEXT INDEX ON [{Documents}] ([Title] LANGUAGE 2057, [AllText] LANGUAGE 2057)
                KEY INDEX [PK_{Documents}] ON [{Catalog}]
                WITH CHANGE_TRACKING AUTO, STOPLIST = OFF;
            """, true);
    }
}
