using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Migrations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>SQL Server full-text over the SearchDocuments table: CONTAINSTABLE on the combined text decides
/// what matches and ranks it; a second CONTAINSTABLE on the title alone lifts title matches. SQL Server has no
/// snippet function, so the matched words are marked in C# (<see cref="SnippetHtml.Mark"/>).</summary>
public sealed class SqlServerSearchEngine(NewsletterDbContext db) : ISearchEngine
{
    private const int TitleWeight = 3;

    // As in SQLite: the newsletter's own items count double against the directory records they mention.
    private const int ItemWeight = 2;

    /// <summary>The CONTAINS condition for a query: single words through FORMSOF(INFLECTIONAL) for English
    /// stemming, phrases and prefixes in double quotes. Tokens are letters and digits only, so nothing a reader
    /// types can become full-text syntax.</summary>
    public static string ContainsCondition(SearchQuery query)
    {
        var included = string.Join(" AND ", query.Included.Select(Term));
        var excluded = string.Concat(query.Excluded.Select(t => " AND NOT " + Term(t)));
        return included + excluded;
    }

    /// <summary>Any included term in the title raises the rank.</summary>
    public static string TitleCondition(SearchQuery query) => string.Join(" OR ", query.Included.Select(Term));

    private static string Term(SearchTerm term) =>
        !term.IsPhrase && !term.IsPrefix
            ? $"FORMSOF(INFLECTIONAL, \"{term.Tokens[0]}\")"
            : "\"" + string.Join(' ', term.Tokens) + (term.IsPrefix ? "*" : "") + "\"";

    /// <summary>The SELECT the engine runs, with its parameters named; public so a test can read it. The inner
    /// query ranks and pages on ids and sort keys alone; only the page's rows bring their text out, so the
    /// long Title and Body columns are never carried through the sort of every match.</summary>
    public static string SelectSql(SearchRequest request) => $"""
        SELECT doc.[Kind], doc.[SourceId], doc.[Slug], upd.[Number], upd.[IssueDate], doc.[Title], doc.[Body]
        FROM (
            SELECT d.[Id], u.[IssueDate],
                   (m.[RANK] + {TitleWeight} * ISNULL(t.[RANK], 0)) * (CASE d.[Kind] WHEN {(int)SearchKind.Item} THEN {ItemWeight} ELSE 1 END) AS [Score]
            FROM CONTAINSTABLE([{SearchSql.Documents}], [AllText], @match) AS m
            JOIN [{SearchSql.Documents}] AS d ON d.[Id] = m.[KEY]
            LEFT JOIN CONTAINSTABLE([{SearchSql.Documents}], [Title], @title) AS t ON t.[KEY] = d.[Id]
            LEFT JOIN [Updates] AS u ON u.[Id] = d.[UpdateId]
            WHERE {Filter(request)}
            ORDER BY {Order(request, "u.[IssueDate]", "[Score]", "d.[Id]")}
            OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY
        ) AS p
        JOIN [{SearchSql.Documents}] AS doc ON doc.[Id] = p.[Id]
        LEFT JOIN [Updates] AS upd ON upd.[Id] = doc.[UpdateId]
        ORDER BY {Order(request, "p.[IssueDate]", "p.[Score]", "p.[Id]")};
        """;

    // Relevance (higher CONTAINSTABLE rank first) then newest, or newest then relevance; the id settles ties
    // so that pages never overlap. SQL Server refuses a column named twice in one ORDER BY.
    private static string Order(SearchRequest request, string date, string score, string id) =>
        request.NewestFirst
            ? $"CASE WHEN {date} IS NULL THEN 1 ELSE 0 END, {date} DESC, {score} DESC, {id}"
            : $"{score} DESC, {date} DESC, {id}";

    public static string CountSql(SearchRequest request) => $"""
        SELECT COUNT(*)
        FROM CONTAINSTABLE([{SearchSql.Documents}], [AllText], @match) AS m
        JOIN [{SearchSql.Documents}] AS d ON d.[Id] = m.[KEY]
        LEFT JOIN [Updates] AS u ON u.[Id] = d.[UpdateId]
        WHERE {Filter(request)};
        """;

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
            await using var select = Command(connection, request, SelectSql(request));
            var hits = new List<SearchHit>();
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    hits.Add(new SearchHit(
                        (SearchKind)reader.GetInt32(0),
                        reader.GetInt32(1),
                        reader.GetString(2),
                        reader.IsDBNull(3) ? null : reader.GetInt32(3),
                        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                        SnippetHtml.Mark(reader.GetString(5), request.Query, words: 40),
                        SnippetHtml.Mark(reader.GetString(6), request.Query)));
                }
            }

            // A short first page is the whole answer: no second pass over the matches to count them.
            var total = hits.Count;
            if (request.Skip > 0 || hits.Count == request.Take)
            {
                await using var count = Command(connection, request, CountSql(request));
                total = (int)(await count.ExecuteScalarAsync(cancellationToken) ?? 0);
            }

            return new SearchResults(total, hits);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Filter(SearchRequest request) =>
        "(d.[UpdateId] IS NULL OR u.[Status] = @published)"
        + (request.Year is null ? "" : " AND u.[IssueDate] >= @from AND u.[IssueDate] < @to")
        + (request.Kind is null ? "" : " AND d.[Kind] = @kind");

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

        Add("@match", ContainsCondition(request.Query));
        Add("@title", TitleCondition(request.Query));
        Add("@published", (int)UpdateStatus.Published);
        Add("@take", request.Take);
        Add("@skip", request.Skip);
        if (request.Year is int year)
        {
            Add("@from", new DateOnly(year, 1, 1));
            Add("@to", new DateOnly(year + 1, 1, 1));
        }

        if (request.Kind is SearchKind kind)
        {
            Add("@kind", (int)kind);
        }

        return command;
    }
}
