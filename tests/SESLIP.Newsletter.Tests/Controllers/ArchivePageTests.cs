using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class ArchivePageTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task Archive_shows_the_newest_year_and_lists_every_year_with_its_count()
    {
        var page = await site.Client.GetDocumentAsync("/updates");

        Assert.Equal(["2025"], page.QuerySelectorAll(".archive-year h2").Select(h => h.Text()).ToList());
        Assert.Equal(["Update no 101"], page.QuerySelectorAll(".archive-entry__title").Select(h => h.Text()).ToList());
        var years = page.QuerySelectorAll(".year-nav__item a").Select(a => (a.Text(), a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([("2025 (1)", "/updates?year=2025", "page"), ("2024 (2)", "/updates?year=2024", null)], years);
        Assert.NotNull(page.QuerySelector("main a[href='/search']"));
    }

    [Fact]
    public async Task Archive_shows_an_earlier_year_by_its_query()
    {
        var page = await site.Client.GetDocumentAsync("/updates?year=2024");

        Assert.Equal(["Update no 100", "Update no 99"], page.QuerySelectorAll(".archive-entry__title").Select(h => h.Text()).ToList());
        Assert.Equal("page", page.QuerySelector(".year-nav__item a[href='/updates?year=2024']")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("abc")]
    [InlineData("-2024")]
    [InlineData("1066")]
    public async Task Archive_answers_a_year_it_cannot_read_with_400_and_a_message(string year)
    {
        var (status, page) = await Html.GetAsync(site.Client, $"/updates?year={Uri.EscapeDataString(year)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a year", page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["Update no 101"], page.QuerySelectorAll(".archive-entry__title").Select(h => h.Text()).ToList());
    }

    [Fact]
    public async Task Archive_answers_a_year_without_updates_with_404_and_the_years_that_have_them()
    {
        var (status, page) = await Html.GetAsync(site.Client, "/updates?year=1999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("No update was published in 1999", page.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".year-nav__item a").Length);
    }

    [Fact]
    public async Task Archive_entries_show_the_date_and_link_every_item_to_its_permalink()
    {
        var page = await site.Client.GetDocumentAsync("/updates?year=2024");

        var entry = page.QuerySelectorAll(".archive-entry").First(e => e.QuerySelector("h3")!.Text() == "Update no 100");
        Assert.Equal("/updates/100", entry.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Friday 20 December 2024", entry.QuerySelector(".archive-entry__date")!.Text());
        var items = entry.QuerySelectorAll(".archive-entry__items a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("News 1 of update 100", "/updates/100#news-1"), ("News 2 of update 100", "/updates/100#news-2"), ("Reminder 1 of update 100", "/updates/100#reminder-1")],
            items);
    }

    [Fact]
    public async Task Archive_leaves_out_drafts_and_scheduled_updates()
    {
        var body = await site.Client.GetStringAsync("/updates") + await site.Client.GetStringAsync("/updates?year=2025");

        Assert.DoesNotContain("Update no 102", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Update no 103", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody may see yet", body, StringComparison.Ordinal);
    }
}
