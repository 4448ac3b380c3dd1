using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class ArchivePageTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task Archive_groups_published_updates_by_year_newest_first()
    {
        var page = await site.Client.GetDocumentAsync("/updates");

        var years = page.QuerySelectorAll(".archive-year").Select(section => new
        {
            Year = section.QuerySelector("h2")!.Text(),
            Updates = section.QuerySelectorAll(".archive-entry__title").Select(h => h.Text()).ToList(),
        }).ToList();
        Assert.Equal(["2025", "2024"], years.Select(y => y.Year).ToList());
        Assert.Equal(["Update no 101"], years[0].Updates);
        Assert.Equal(["Update no 100", "Update no 99"], years[1].Updates);
    }

    [Fact]
    public async Task Archive_entries_show_the_date_and_link_every_item_to_its_permalink()
    {
        var page = await site.Client.GetDocumentAsync("/updates");

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
        var body = await site.Client.GetStringAsync("/updates");

        Assert.DoesNotContain("Update no 102", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Update no 103", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody may see yet", body, StringComparison.Ordinal);
    }
}
