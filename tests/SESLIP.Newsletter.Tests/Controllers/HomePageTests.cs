using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class HomePageTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task Home_shows_the_latest_published_update_in_full()
    {
        var page = await site.Client.GetDocumentAsync("/");

        Assert.Equal("Update no 101", page.QuerySelector("h1")!.Text());
        Assert.Equal("Latest update", page.QuerySelector(".update__header .caption-l")!.Text());
        Assert.Equal(["news-1", "news-2", "reminder-1"], page.QuerySelectorAll("article.item").Select(a => a.Id).ToList());
        Assert.NotNull(page.GetElementById("contact-mark-evans"));
        Assert.Equal("/updates/101#news-1", page.QuerySelector("#news-1 .item__permalink a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_offers_a_clear_way_into_the_archive()
    {
        var page = await site.Client.GetDocumentAsync("/");

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/updates" && a.Text().Contains("archive", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/updates/100", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_without_a_published_update_shows_a_friendly_empty_state()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        using var client = factory.CreateClient();
        await TestUpdates.AddAsync(factory.CreateDbContext(), TestUpdates.Create(1, status: UpdateStatus.Draft));

        var page = await client.GetDocumentAsync("/");
        var latest = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/updates/latest");

        Assert.Equal("SESLIP Friday Update", page.QuerySelector("h1")!.Text());
        Assert.Contains("No update has been published yet", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("article"));
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
    }
}
