using System.Net;
using AngleSharp.Dom;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>/publications against the two seed updates: 48 publications, 19 from 2021, 21 from 2025.</summary>
public sealed class PublicationsPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Lists_every_publication_newest_first_25_to_a_page()
    {
        var first = await _client.GetDocumentAsync("/publications");
        Assert.Contains("48 publications", first.QuerySelector(".results-count")!.Text(), StringComparison.Ordinal);
        var titles = Titles(first);
        Assert.Equal(25, titles.Count);
        Assert.Equal("The impact of school absence on lifetime earnings", titles[0]); // 14 March 2025
        Assert.Equal("‘Disguised compliance’: learning from case reviews", titles[1]); // 7 March 2025

        var second = await _client.GetDocumentAsync("/publications?page=2");
        var rest = Titles(second);
        Assert.Equal(23, rest.Count);
        Assert.Empty(titles.Intersect(rest));
        Assert.Equal("Restricting attendance during the national lockdown: schools Guidance for all schools in England January 2021", rest[^1]);
        Assert.NotNull(second.QuerySelector("a[rel=prev][href='/publications']"));
        Assert.Null(second.QuerySelector("a[rel=next]"));

        // A page past the end (the list may have shrunk since the link was made) shows the last page.
        Assert.Equal(rest, Titles(await _client.GetDocumentAsync("/publications?page=9")));
    }

    [Fact]
    public async Task Each_publication_shows_its_date_publisher_and_documents_with_format_and_size()
    {
        var page = await _client.GetDocumentAsync("/publications?publisher=ADCS&year=2025");
        var entry = Assert.Single(page.QuerySelectorAll(".publication"));
        Assert.Equal("Safeguarding Pressures Phase 9", entry.QuerySelector("h2")!.Text());
        Assert.Equal("2025-01-15", entry.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("15 January 2025 · ADCS", entry.QuerySelector(".publication__meta")!.Text(), StringComparison.Ordinal);
        var documents = entry.QuerySelectorAll(".publication__documents li").Select(li => li.Text()).ToList();
        Assert.Equal(["The full report (PDF, 91 pages)", "The summary briefing (PDF, 2 pages)"], documents);
    }

    [Theory]
    [InlineData("publisher=NSPCC", 1, "‘Disguised compliance’: learning from case reviews")]
    [InlineData("publisher=nspcc", 1, "‘Disguised compliance’: learning from case reviews")]
    [InlineData("publisher=DfE&year=2021", 6, "New School Admission Code for September 2021")]
    [InlineData("publisher=DfE&year=2025", 3, "The impact of school absence on lifetime earnings")]
    [InlineData("publisher=DfE", 12, "The impact of school absence on lifetime earnings")]
    [InlineData("publisher=Ofsted", 3, "Area SEND inspections and outcomes in England as at 31 March 2021")]
    [InlineData("year=2021", 19, "New School Admission Code for September 2021")]
    [InlineData("year=2025", 21, "The impact of school absence on lifetime earnings")]
    [InlineData("q=safeguarding", 2, "Safeguarding Pressures Phase 9")]
    [InlineData("q=SAFEGUARDING+pressures&year=2021", 1, "Phase 7 of ADCS Safeguarding Pressures")]
    [InlineData("q=100%25", 0, null)]
    [InlineData("publisher=Nobody", 0, null)]
    public async Task Filters_by_publisher_year_and_words_in_the_title(string query, int count, string? newest)
    {
        var page = await _client.GetDocumentAsync("/publications?" + query);

        var titles = Titles(page);
        Assert.Equal(count, titles.Count);
        if (newest is not null)
        {
            Assert.Equal(newest, titles[0]);
        }

        Assert.Null(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task The_filter_form_offers_publishers_and_years_and_keeps_the_choice()
    {
        var page = await _client.GetDocumentAsync("/publications?publisher=DfE&year=2021&page=1");

        var publishers = page.QuerySelectorAll("select#publisher option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("NSPCC", publishers);
        Assert.Contains("Ofsted", publishers);
        Assert.Equal(["", "2025", "2024", "2021"], page.QuerySelectorAll("select#year option").Select(o => o.GetAttribute("value")));
        Assert.Equal("DfE", page.QuerySelector("select#publisher option[selected]")!.GetAttribute("value"));
        Assert.Equal("2021", page.QuerySelector("select#year option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("label[for=q]"));
    }

    [Theory]
    [InlineData("year=abc", "“abc” is not a year")]
    [InlineData("year=20251", "is not a year")]
    [InlineData("page=-1", "“-1” is not a page number")]
    [InlineData("page=0", "is not a page number")]
    [InlineData("page=abc", "is not a page number")]
    [InlineData("page=99999999999999999999", "is not a page number")]
    public async Task A_value_that_is_not_a_year_or_page_gets_a_400_page_saying_so_with_the_list_still_shown(string query, string message)
    {
        var (status, page) = await Html.GetAsync(_client, "/publications?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(25, Titles(page).Count);
    }

    [Fact]
    public async Task A_10000_character_search_gets_a_400_page_saying_how_long_a_search_can_be()
    {
        var (status, page) = await Html.GetAsync(_client, "/publications?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("at most 200 characters", page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(25, Titles(page).Count);
    }

    [Fact]
    public async Task A_publication_page_shows_every_update_that_featured_it()
    {
        var page = await _client.GetDocumentAsync("/publications/disguised-compliance-learning-from-case-reviews");

        Assert.Equal("‘Disguised compliance’: learning from case reviews", page.QuerySelector("h1")!.Text());
        var feature = Assert.Single(page.QuerySelectorAll("#featured-in + ul > li"));
        Assert.Equal("/updates/654", feature.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(feature.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/updates/654#disguised-compliance-nspcc-learning-from-case-reviews");
        Assert.Contains("On 7 MarchNSPCC published", feature.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publication_is_found_by_its_number_too_and_an_unknown_one_is_404()
    {
        using var noRedirect = site.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var db = site.Factory.CreateDbContext();
        var id = db.Publications.Single(p => p.Slug == "too-skint-for-school").Id;

        using var byId = await noRedirect.GetAsync($"/publications/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, byId.StatusCode);
        Assert.Equal("/publications/too-skint-for-school", byId.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/publications/no-such-thing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/publications/999999")).StatusCode);
    }

    /// <summary>A page is found among the publications on or after its oldest date (docs/performance.md): the
    /// pages together are still the whole library in its order, ties on a date by title across a page's edge.</summary>
    [Fact]
    public async Task The_pages_together_are_the_whole_library_newest_first_then_by_title()
    {
        using var db = site.Factory.CreateDbContext();
        var expected = db.Publications.AsEnumerable()
            .OrderBy(p => p.PublishedOn is null).ThenByDescending(p => p.PublishedOn).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => p.Title).ToList();

        var shown = Titles(await _client.GetDocumentAsync("/publications")).Concat(Titles(await _client.GetDocumentAsync("/publications?page=2"))).ToList();

        Assert.Equal(expected, shown);
    }

    private static List<string> Titles(IDocument page) => [.. page.QuerySelectorAll(".publication__title").Select(h => h.Text())];
}
