using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Search;

/// <summary>/search over the two seed updates, through the real SQLite FTS5 index.</summary>
public sealed class SearchPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private HttpClient Client => site.Factory.CreateClient();

    private static List<IElement> Results(IDocument page) => page.QuerySelectorAll(".search-result").ToList();

    [Fact]
    public async Task Disguised_compliance_ranks_the_NSPCC_item_of_654_first()
    {
        var page = await Client.GetDocumentAsync("/search?q=disguised+compliance");

        var first = Results(page)[0];
        Assert.Contains("Update no 654", first.Text(), StringComparison.Ordinal);
        Assert.Contains("NSPCC", first.QuerySelector(".search-result__title")!.Text(), StringComparison.Ordinal);
        var href = first.QuerySelector(".search-result__title a")!.GetAttribute("href")!;
        Assert.StartsWith("/updates/654#", href, StringComparison.Ordinal);
        Assert.Contains("<mark>", first.QuerySelector(".search-result__snippet")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_query_is_echoed_in_the_title_and_heading()
    {
        var page = await Client.GetDocumentAsync("/search?q=disguised+compliance");

        Assert.StartsWith("Search results for “disguised compliance”", page.Title, StringComparison.Ordinal);
        Assert.Equal("Search results for “disguised compliance”", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("link[rel=alternate][href='/search.atom?q=disguised%20compliance']"));
    }

    [Fact]
    public async Task Fostering_finds_items_that_say_foster()
    {
        var page = await Client.GetDocumentAsync("/search?q=fostering");

        var marked = page.QuerySelectorAll(".search-result mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("foster", marked);
    }

    [Fact]
    public async Task A_year_filter_of_2021_returns_only_matches_from_454()
    {
        var all = Results(await Client.GetDocumentAsync("/search?q=children"));
        var only2021 = Results(await Client.GetDocumentAsync("/search?q=children&year=2021"));

        Assert.Contains(all, r => r.Text().Contains("Update no 654", StringComparison.Ordinal));
        Assert.NotEmpty(only2021);
        Assert.All(only2021, r => Assert.Contains("Update no 454", r.Text(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&year=2021")]
    [InlineData("&type=items")]
    [InlineData("&year=2025&type=items")]
    public async Task A_page_past_the_end_counts_the_same_results_as_the_first(string filters)
    {
        // Past the end the ranking returns no row to count from, so the engine counts on its own.
        var first = await Client.GetDocumentAsync("/search?q=children" + filters);
        var past = await Client.GetDocumentAsync("/search?q=children&page=40" + filters);

        Assert.NotEmpty(Results(first));
        Assert.NotEmpty(Results(past));
        Assert.Equal(first.QuerySelector(".results-count")!.Text(), past.QuerySelector(".results-count")!.Text());
    }

    [Fact]
    public async Task A_phrase_in_quotes_matches_only_the_exact_phrase()
    {
        var phrase = Results(await Client.GetDocumentAsync("/search?q=%22case+reviews%22"));
        var reversed = Results(await Client.GetDocumentAsync("/search?q=%22reviews+case%22"));
        var words = Results(await Client.GetDocumentAsync("/search?q=reviews+case"));

        Assert.NotEmpty(phrase);
        Assert.Empty(reversed);
        Assert.NotEmpty(words);
    }

    [Fact]
    public async Task Excluded_words_leave_results_out()
    {
        var with = Results(await Client.GetDocumentAsync("/search?q=compliance&type=items"));
        var without = Results(await Client.GetDocumentAsync("/search?q=compliance+-nspcc&type=items"));

        Assert.NotEmpty(with);
        Assert.True(without.Count < with.Count);
    }

    [Fact]
    public async Task Directory_records_are_found_and_link_to_their_pages()
    {
        var page = await Client.GetDocumentAsync("/search?q=Rebecca+Eligon&type=contacts");

        var first = Results(page)[0];
        Assert.StartsWith("/contacts/", first.QuerySelector(".search-result__title a")!.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_offers_the_archive()
    {
        var page = await Client.GetDocumentAsync("/search?q=xylophonequartet");

        Assert.Empty(Results(page));
        Assert.Contains("0 results", page.QuerySelector(".results-count")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".inset-text a[href='/updates']"));
    }

    [Theory]
    [InlineData("%22unbalanced+quote")]
    [InlineData("AND+OR+NOT")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("foster*+NEAR(care,+2)")]
    [InlineData("%00%01%1B%7F")]
    [InlineData("-")]
    [InlineData("%E2%80%9Cdisguised")]
    [InlineData("%F0%9F%98%80+%EF%BF%BF")]
    [InlineData("title:foster+{x}+^2")]
    public async Task Hostile_queries_get_a_normal_page(string q)
    {
        var (status, page) = await Html.GetAsync(Client, "/search?q=" + q);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.DoesNotContain("fts5", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("syntax error", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_gets_a_normal_page_with_a_message()
    {
        var q = string.Concat(Enumerable.Repeat("fosteri ", 1250));

        var (status, page) = await Html.GetAsync(Client, "/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("longer than", page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year=1066", "not a year")]
    [InlineData("year=abc", "not a year")]
    [InlineData("type=everything", "not a kind of result")]
    [InlineData("sort=sideways", "not a way to sort")]
    [InlineData("page=-1", "not a page number")]
    [InlineData("page=99999999999", "not a page number")]
    [InlineData("page=51", "stop at page")]
    public async Task Out_of_range_parameters_give_a_message_not_an_error(string parameter, string message)
    {
        var (status, page) = await Html.GetAsync(Client, "/search?q=children&" + parameter);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_of_every_public_page_has_a_labelled_search_box()
    {
        var page = await Client.GetDocumentAsync("/updates");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("label[for=site-search]"));
        Assert.Equal("q", page.QuerySelector("#site-search")!.GetAttribute("name"));
    }

    [Fact]
    public async Task The_atom_feed_of_a_search_is_well_formed_and_lists_matching_items()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        using var response = await Client.GetAsync("/search.atom?q=disguised+compliance");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.StartsWith("http://localhost/updates/654#", entries[0].Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%22")]
    [InlineData("%3Cscript%3E")]
    public async Task The_atom_feed_of_any_query_is_well_formed(string q)
    {
        using var response = await Client.GetAsync("/search.atom?q=" + q);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
