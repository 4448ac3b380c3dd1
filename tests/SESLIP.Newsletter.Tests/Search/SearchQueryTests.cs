using SESLIP.Newsletter.Web.Search;

namespace SESLIP.Newsletter.Tests.Search;

/// <summary>The reader's words become a structure the site owns; engine syntax is generated from it, so no input
/// can reach the engine as syntax.</summary>
public sealed class SearchQueryTests
{
    [Fact]
    public void Words_phrases_prefixes_and_exclusions_are_read()
    {
        var query = SearchQuery.Parse("fostering \"disguised compliance\" safe* -kinship");

        Assert.Equal(["fostering", "\"disguised compliance\"", "safe*", "-kinship"], query.Terms.Select(t => t.Display));
        Assert.Empty(query.Notes);
    }

    [Fact]
    public void Curly_quotes_dashes_and_apostrophes_read_as_people_mean_them()
    {
        var query = SearchQuery.Parse("“disguised compliance” –kinship children’s sector-led");

        Assert.Equal(["\"disguised compliance\"", "-kinship", "\"children s\"", "\"sector led\""], query.Terms.Select(t => t.Display));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND OR NOT")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("\u0000\u0007\u001b")]
    [InlineData("a\"b\"c\"")]
    [InlineData("title:foster OR body:care ^ + {x} (y)")]
    [InlineData("'; DROP TABLE Updates; --")]
    public void Any_input_gives_engine_syntax_made_only_of_quoted_letters_and_digits(string input)
    {
        var query = SearchQuery.Parse(input);

        if (query.CanRun)
        {
            var fts = Web.Search.SqliteSearchEngine.MatchExpression(query);
            var stripped = System.Text.RegularExpressions.Regex.Replace(fts, "\"[\\p{L}\\p{N}\\p{M} ]+\"\\*?", "T");
            Assert.Matches(@"^[T ()]*(AND|NOT|OR|[T ()])*$", stripped);
        }
        else
        {
            Assert.NotEmpty(query.Notes);
        }
    }

    [Fact]
    public void A_very_long_query_is_cut_with_a_note()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("foster ", 2000)));

        Assert.True(query.Text.Length <= SearchQuery.MaxLength);
        Assert.Single(query.Terms);
        Assert.Contains(query.Notes, n => n.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_exclusions_cannot_run_and_say_why()
    {
        var query = SearchQuery.Parse("-foster -care");

        Assert.False(query.CanRun);
        Assert.Contains(query.Notes, n => n.Contains("at least one word", StringComparison.Ordinal));
    }

    [Fact]
    public void Fts5_expression_quotes_every_term_and_excludes_with_not()
    {
        var query = SearchQuery.Parse("fostering \"case reviews\" safe* -kinship -\"early help\"");

        Assert.Equal("(\"fostering\" AND \"case reviews\" AND \"safe\"*) NOT (\"kinship\" OR \"early help\")", SqliteSearchEngine.MatchExpression(query));
    }

    [Fact]
    public void Sql_server_condition_stems_single_words_and_quotes_phrases_and_prefixes()
    {
        var query = SearchQuery.Parse("fostering \"case reviews\" safe* -kinship");

        Assert.Equal(
            "FORMSOF(INFLECTIONAL, \"fostering\") AND \"case reviews\" AND \"safe*\" AND NOT FORMSOF(INFLECTIONAL, \"kinship\")",
            SqlServerSearchEngine.ContainsCondition(query));
        Assert.Equal("FORMSOF(INFLECTIONAL, \"fostering\") OR \"case reviews\" OR \"safe*\"", SqlServerSearchEngine.TitleCondition(query));
    }

    [Fact]
    public void Sql_server_query_ranks_with_containstable_and_filters_to_published_updates()
    {
        var request = new SearchRequest(SearchQuery.Parse("foster"), 2021, SearchKind.Item, NewestFirst: false, Skip: 20, Take: 20);

        var sql = SqlServerSearchEngine.SelectSql(request);

        Assert.Contains("CONTAINSTABLE([SearchDocuments], [AllText], @match)", sql, StringComparison.Ordinal);
        Assert.Contains("CONTAINSTABLE([SearchDocuments], [Title], @title)", sql, StringComparison.Ordinal);
        Assert.Contains("u.[Status] = @published", sql, StringComparison.Ordinal);
        Assert.Contains("u.[IssueDate] >= @from AND u.[IssueDate] < @to", sql, StringComparison.Ordinal);
        Assert.Contains("d.[Kind] = @kind", sql, StringComparison.Ordinal);
        Assert.Contains("OFFSET @skip ROWS FETCH NEXT @take ROWS ONLY", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("foster", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sql_server_query_pages_on_ids_before_reading_text_and_names_no_sort_key_twice(bool newestFirst)
    {
        var request = new SearchRequest(SearchQuery.Parse("foster"), null, null, newestFirst, Skip: 0, Take: 20);

        var sql = SqlServerSearchEngine.SelectSql(request);

        // Title and Body leave the documents table only after the page is chosen.
        Assert.True(sql.IndexOf("FETCH NEXT @take ROWS ONLY", StringComparison.Ordinal) < sql.IndexOf("AS doc ON", StringComparison.Ordinal));
        foreach (var orderBy in sql.Split("ORDER BY ")[1..])
        {
            var keys = orderBy.Split('\n')[0].TrimEnd(';', ' ', '\r').Split(", ").Select(k => k.Replace(" DESC", "", StringComparison.Ordinal)).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }

    [Fact]
    public void Snippets_encode_stored_text_and_add_only_balanced_marks()
    {
        var html = SnippetHtml.Render($"<script>alert(1)</script> {SnippetHtml.Start}foster{SnippetHtml.End} carers {SnippetHtml.Start}open").ToString();

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>foster</mark> carers <mark>open</mark>", html);
    }

    [Fact]
    public void Sql_server_snippets_mark_the_matched_words_in_plain_text()
    {
        var marked = SnippetHtml.Mark("Helping to improve council services for foster carers", SearchQuery.Parse("fostering"));

        Assert.Contains($"{SnippetHtml.Start}foster{SnippetHtml.End} carers", marked, StringComparison.Ordinal);
    }
}
