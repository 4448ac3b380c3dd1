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

    /// <summary>How many matches are ranked at most: as many as the deepest page a reader can reach shows
    /// (<see cref="SearchFilters.MaxPage"/> × <see cref="SearchFilters.PageSize"/>), and few enough that bm25
    /// over them takes a few milliseconds even for a word in nearly every document.</summary>
    public const int RankingWindow = SearchFilters.MaxPage * SearchFilters.PageSize;

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
            // Small questions instead of one big one: snippet() and highlight() cost far more than finding
            // and ranking, so they run only for the page's own rows, never for every match. When the ranking
            // saw every match, it has counted them too; only a longer list is counted on its own.
            var (ids, candidates) = await PageIdsAsync(connection, request, cancellationToken);
            var total = candidates < RankingWindow
                ? candidates
                : await CountAsync(connection, request, cancellationToken);
            if (ids.Count == 0)
            {
                return new SearchResults(total, []);
            }

            return new SearchResults(total, await HitsAsync(connection, request, ids, cancellationToken));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The ranked ids of the page's documents, and nothing else: no text is read, so ranking costs
    /// only bm25 and the filter per candidate. Candidates are the <see cref="RankingWindow"/> most recently
    /// indexed matches (docs/adr/0025-search-ranking-window.md): every match when there are fewer, as there are
    /// for any word that tells documents apart.</summary>
    private static async Task<(List<long> Ids, int Candidates)> PageIdsAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        // bm25 is negative, best first; the newsletter's own items count double against the directory
        // records they mention, so a report's news item comes before the report's bare library entry.
        var score = string.Create(CultureInfo.InvariantCulture,
            $"bm25({SearchSql.Fts}, {TitleWeight:0.0}, {BodyWeight:0.0}) * (CASE d.Kind WHEN {(int)SearchKind.Item} THEN {ItemWeight:0.0} ELSE 1.0 END)");
        var order = request.NewestFirst
            ? "IssueDate IS NULL, IssueDate DESC, Score, Id"
            : "Score, IssueDate DESC, Id";
        await using var command = Command(connection, request, $"""
            SELECT Id, count(*) OVER () FROM (
                SELECT d.Id AS Id, u.IssueDate AS IssueDate, {score} AS Score
                FROM {SearchSql.Fts}
                JOIN {SearchSql.Documents} d ON d.Id = {SearchSql.Fts}.rowid
                LEFT JOIN Updates u ON u.Id = d.UpdateId
                WHERE {Filter(request)}
                ORDER BY {SearchSql.Fts}.rowid DESC
                LIMIT $window
            )
            ORDER BY {order}
            LIMIT $take OFFSET $skip
            """);
        var window = command.CreateParameter();
        window.ParameterName = "$window";
        window.Value = RankingWindow;
        command.Parameters.Add(window);
        var ids = new List<long>(request.Take);
        var candidates = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
            candidates = reader.GetInt32(1);
        }

        // A page past the end returns no row and so no count of candidates: count on their own then.
        return (ids, ids.Count == 0 && request.Skip > 0 ? RankingWindow : candidates);
    }

    /// <summary>The exact number of matches. Without a year or kind, FTS5 counts its own matches and the few
    /// documents of unpublished updates are subtracted, so no match is joined to its update; with a year,
    /// only that year's documents are looked up in the index.</summary>
    private static async Task<int> CountAsync(DbConnection connection, SearchRequest request, CancellationToken cancellationToken)
    {
        var matches = $"SELECT count(*) FROM {SearchSql.Fts} WHERE {SearchSql.Fts} MATCH $match";
        var sql = (request.Year, request.Kind) switch
        {
            (null, null) => $"""
                SELECT ({matches})
                     - ({matches} AND rowid IN (
                           SELECT d.Id FROM Updates u JOIN {SearchSql.Documents} d ON d.UpdateId = u.Id
                           WHERE u.Status <> $published))
                """,
            (not null, _) => $"""
                {matches} AND rowid IN (
                    SELECT d.Id FROM Updates u JOIN {SearchSql.Documents} d ON d.UpdateId = u.Id
                    WHERE u.Status = $published AND u.IssueDate >= $from AND u.IssueDate < $to{(request.Kind is null ? "" : " AND d.Kind = $kind")})
                """,
            _ => $"""
                SELECT count(*)
                FROM {SearchSql.Fts}
                JOIN {SearchSql.Documents} d ON d.Id = {SearchSql.Fts}.rowid
                LEFT JOIN Updates u ON u.Id = d.UpdateId
                WHERE {Filter(request)}
                """,
        };
        await using var command = Command(connection, request, sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The page's documents with their marked title and snippet, in the ranked order of
    /// <paramref name="ids"/>. The MATCH is repeated because snippet() and highlight() need it to know the
    /// matched words; the rowid list keeps FTS5 to these documents alone.</summary>
    private static async Task<List<SearchHit>> HitsAsync(DbConnection connection, SearchRequest request, List<long> ids, CancellationToken cancellationToken)
    {
        var names = ids.Select((_, i) => "$id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = Command(connection, request, $"""
            SELECT d.Id, d.Kind, d.SourceId, d.Slug, u.Number, u.IssueDate,
                   highlight({SearchSql.Fts}, 0, char({(int)SnippetHtml.Start}), char({(int)SnippetHtml.End})),
                   snippet({SearchSql.Fts}, 1, char({(int)SnippetHtml.Start}), char({(int)SnippetHtml.End}), '…', {SnippetTokens})
            FROM {SearchSql.Fts}
            JOIN {SearchSql.Documents} d ON d.Id = {SearchSql.Fts}.rowid
            LEFT JOIN Updates u ON u.Id = d.UpdateId
            WHERE {SearchSql.Fts} MATCH $match AND {SearchSql.Fts}.rowid IN ({string.Join(", ", names)})
            """);
        for (var i = 0; i < ids.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[i];
            parameter.Value = ids[i];
            command.Parameters.Add(parameter);
        }

        var hits = new Dictionary<long, SearchHit>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits[reader.GetInt64(0)] = new SearchHit(
                (SearchKind)reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(6),
                reader.GetString(7));
        }

        // A document changed between the two reads drops out rather than showing text it no longer has.
        return [.. ids.Where(hits.ContainsKey).Select(id => hits[id])];
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
