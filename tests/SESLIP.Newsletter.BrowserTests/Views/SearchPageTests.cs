using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>The header's search box searches without any script and lands on the item. The search pages themselves
/// (results, no results, a query that could not be read, a bad filter) are in <see cref="PublicPageTests.Pages"/>,
/// so they pass the same checks as every reader's page.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchPageTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(Viewport.DesktopWidth)]
    [InlineData(Viewport.PhoneWidth)]
    public async Task The_header_search_box_finds_an_item_by_keyboard_alone(int width)
    {
        var page = await OpenAsync("/updates", width);

        await page.GetByLabel("Search the Friday Update").FocusAsync();
        await page.Keyboard.TypeAsync("“disguised compliance”");
        // Each wait starts before the key that navigates: one begun after it can miss a navigation that
        // committed in between, on a busy machine.
        var results = page.WaitForURLAsync("**/search?q=*");
        await page.Keyboard.PressAsync("Enter");
        await results;

        Assert.StartsWith("Search results for “\"disguised compliance\"”", await page.TitleAsync(), StringComparison.Ordinal);
        var first = page.Locator(".search-result__title a").First;
        Assert.Contains("NSPCC", await first.TextContentAsync(), StringComparison.Ordinal);
        await first.FocusAsync();
        // Landing is the point; the page's load event (its stylesheet and icon) can lag far behind on a busy machine.
        var landed = page.WaitForURLAsync("**/updates/654#*", new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await landed;
    }
}
