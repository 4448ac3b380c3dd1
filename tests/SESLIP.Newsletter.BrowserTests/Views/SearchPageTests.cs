using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>The search page on the demo content: results, no results, a query that could not be read and a bad
/// filter each pass axe at both widths, fit a phone and work by keyboard; the header's box searches without
/// any script.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchPageTests(SiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string> Pages => new()
    {
        "/search",
        "/search?q=disguised+compliance",
        "/search?q=children&type=items&year=2021&sort=newest",
        "/search?q=xylophonequartet",
        "/search?q=%22unbalanced+AND+NEAR(",
        "/search?q=children&year=abc&page=-3",
    };

    public static TheoryData<string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var row in Pages)
        {
            data.Add(row, Viewport.DesktopWidth);
            data.Add(row, Viewport.PhoneWidth);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Search_page_has_no_axe_violations(string path, int width)
    {
        var page = await OpenAsync(path, width);

        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Search_page_fits_a_phone_and_loads_without_browser_errors(string path)
    {
        var page = await OpenAsync(path, Viewport.PhoneWidth);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await PageChecks.AssertNoHorizontalScrollAsync(page);
        ProblemsOn(page).AssertNone();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Search_page_works_by_keyboard(string path)
    {
        var page = await OpenAsync(path);

        await PageChecks.AssertKeyboardNavigableAsync(page);
    }

    [Theory]
    [InlineData(Viewport.DesktopWidth)]
    [InlineData(Viewport.PhoneWidth)]
    public async Task The_header_search_box_finds_an_item_by_keyboard_alone(int width)
    {
        var page = await OpenAsync("/updates", width);

        await page.GetByLabel("Search the Friday Update").FocusAsync();
        await page.Keyboard.TypeAsync("“disguised compliance”");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");

        Assert.StartsWith("Search results for “\"disguised compliance\"”", await page.TitleAsync(), StringComparison.Ordinal);
        var first = page.Locator(".search-result__title a").First;
        Assert.Contains("NSPCC", await first.TextContentAsync(), StringComparison.Ordinal);
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/updates/654#*");
    }
}
