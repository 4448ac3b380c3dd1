using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Migrations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>SQLite FTS5 over the SearchDocuments table: bm25 ranking with the title weighted above the body,
/// snippet() and highlight() marking the matched words.</summary>
public sealed class SqliteSearchEngine(NewsletterDbContext db) : ISearchEngine
{
    private const double TitleWeight = 10.0;
    private const double BodyWeight = 1.0;
    private const double ItemWeight = 2.0;
    private const int SnippetTokens = 28;

    /// <summary>The FTS5 MATCH expression for a query: every token is a quoted string (letters and digits only),
    /// so nothing a reader types can become FTS5 syntax.</summary>
    public static string MatchExpression(SearchQuery query)
    {
        static string Term(SearchTerm term) => "\"" + string.Join(' ', term.Tokens) + "\"" + (term.IsPrefix ? "*" : "");

        var included = string.Join(" AND ", query.Included.Select(Term));
        var excluded = query.Excluded.Select(Term).ToList();
        return excluded.Count == 0 ? included : $"({included}) NOT ({string.Join(" OR ", excluded)})";
    }

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (!request.Query.CanRun)
        {
            return SearchResults.None;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var filter = Filter(request);
            await using var count = Command(connection, request, $"""
                SELECT count(*)
                FROM {SearchSql.Fts}
                JOIN {SearchSql.Documents} d ON d.Id = {SearchSql.Fts}.rowid
                LEFT JOIN Updates u ON u.Id = d.UpdateId
                WHERE {filter}
                """);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (total == 0 || request.Skip >= total)
            {
                return new SearchResults(total, []);
            }

            // bm25 is negative, best first; the newsletter's own items count double against the directory
            // records they mention, so a report's news item comes before the report's bare library entry.
            var rank = string.Create(CultureInfo.InvariantCulture,
                $"bm25({SearchSql.Fts}, {TitleWeight:0.0}, {BodyWeight:0.0}) * (CASE d.Kind WHEN {(int)SearchKind.Item} THEN {ItemWeight:0.0} ELSE 1.0 END)");
            var order = request.NewestFirst
                ? $"u.IssueDate IS NULL, u.IssueDate DESC, {rank}"
                : $"{rank}, u.IssueDate DESC";
            await using var select = Command(connection, request, $"""
                SELECT d.Kind, d.SourceId, d.Slug, u.Number, u.IssueDate,
                       highlight({SearchSql.Fts}, 0, char({(int)SnippetHtml.Start}), char({(int)SnippetHtml.End})),
                       snippet({SearchSql.Fts}, 1, char({(int)SnippetHtml.Start}), char({(int)SnippetHtml.End}), '…', {SnippetTokens})
                FROM {SearchSql.Fts}
                JOIN {SearchSql.Documents} d ON d.Id = {SearchSql.Fts}.rowid
                LEFT JOIN Updates u ON u.Id = d.UpdateId
                WHERE {filter}
                ORDER BY {order}, d.Id
                LIMIT $take OFFSET $skip
                """);
            var hits = new List<SearchHit>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new SearchHit(
                    (SearchKind)reader.GetInt32(0),
                    reader.GetInt32(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    reader.GetString(5),
                    reader.GetString(6)));
            }

            return new SearchResults(total, hits);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Filter(SearchRequest request)
    {
        var filter = $"{SearchSql.Fts} MATCH $match AND (d.UpdateId IS NULL OR u.Status = $published)";
        if (request.Year is not null)
        {
            filter += " AND u.IssueDate >= $from AND u.IssueDate < $to";
        }

        if (request.Kind is not null)
        {
            filter += " AND d.Kind = $kind";
        }

        return filter;
    }

    private static DbCommand Command(DbConnection connection, SearchRequest request, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        void Add(string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        Add("$match", MatchExpression(request.Query));
        Add("$published", (int)UpdateStatus.Published);
        Add("$take", request.Take);
        Add("$skip", request.Skip);
        if (request.Year is int year)
        {
            // Dates are stored as ISO text, so a year is a text range that the date index can use.
            Add("$from", new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("$to", new DateOnly(year + 1, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (request.Kind is SearchKind kind)
        {
            Add("$kind", (int)kind);
        }

        return command;
    }
}
