using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Views;

public sealed class LayoutTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/updates")]
    [InlineData("/updates/100")]
    [InlineData("/actions")]
    [InlineData("/accessibility")]
    public async Task Every_page_has_a_skip_link_one_main_region_and_the_site_navigation(string url)
    {
        var page = await site.Client.GetDocumentAsync(url);

        var skip = page.QuerySelector("body > a.skip-link")!;
        Assert.Equal("#main-content", skip.GetAttribute("href"));
        Assert.Equal("Skip to main content", skip.Text());
        Assert.Single(page.QuerySelectorAll("main#main-content"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));

        var nav = page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("Latest update", "/"), ("Archive", "/updates"), ("Open actions", "/actions"), ("Meetings", "/meetings"), ("Publications", "/publications"), ("Contacts", "/contacts")],
            nav);
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/accessibility");
    }

    [Theory]
    [InlineData("/", "Latest update")]
    [InlineData("/updates", "Archive")]
    [InlineData("/updates/100", "Archive")]
    [InlineData("/actions", "Open actions")]
    public async Task Navigation_marks_the_current_section(string url, string current)
    {
        var page = await site.Client.GetDocumentAsync(url);

        Assert.Equal([current], page.QuerySelectorAll("nav[aria-label=Main] a[aria-current=page]").Select(a => a.Text()).ToList());
    }

    [Fact]
    public async Task Pages_need_no_script_and_no_inline_style()
    {
        var page = await site.Client.GetDocumentAsync("/updates/101");

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }

    [Fact]
    public async Task Stylesheet_is_served_with_a_version_for_long_caching()
    {
        var page = await site.Client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await site.Client.GetAsync(href);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
