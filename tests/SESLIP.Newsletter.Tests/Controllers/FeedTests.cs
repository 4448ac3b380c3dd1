using System.Xml.Linq;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Controllers;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class FeedTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Feed_lists_published_updates_newest_first_as_atom()
    {
        var response = await site.Client.GetAsync("/updates.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(
            ["Update no 101 – Friday 14 March 2025", "Update no 100 – Friday 20 December 2024", "Update no 99 – Friday 13 December 2024"],
            entries.Select(e => e.Element(Atom + "title")!.Value).ToList());
        Assert.Equal("http://localhost/updates/101", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Contains("News 1 of update 101", entries[0].Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_leaves_out_drafts_and_scheduled_updates()
    {
        var body = await site.Client.GetStringAsync("/updates.atom");

        Assert.DoesNotContain("Update no 102", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Update no 103", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody may see yet", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_content_is_the_same_sanitised_html_as_the_page()
    {
        var feed = XDocument.Parse(await site.Client.GetStringAsync("/updates.atom"));

        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value.StartsWith("Update no 99", StringComparison.Ordinal));
        UpdatePageTests.AssertHarmless(Html.Parse(entry.Element(Atom + "content")!.Value));
    }

    [Fact]
    public async Task Every_page_advertises_the_feed()
    {
        var page = await site.Client.GetDocumentAsync("/updates/100");

        var link = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("/updates.atom", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Feed_holds_only_the_latest_twenty_updates()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        using var client = factory.CreateClient();
        await TestUpdates.AddAsync(factory.CreateDbContext(), Enumerable.Range(1, UpdatesController.FeedSize + 2)
            .Select(n => TestUpdates.Create(n, new DateOnly(2024, 1, 5).AddDays(7 * n), newsItems: 1, reminderItems: 0))
            .ToArray());

        var feed = XDocument.Parse(await client.GetStringAsync("/updates.atom"));

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(UpdatesController.FeedSize, titles.Count);
        Assert.StartsWith("Update no 22 ", titles[0], StringComparison.Ordinal);
        Assert.StartsWith("Update no 3 ", titles[^1], StringComparison.Ordinal);
    }
}
