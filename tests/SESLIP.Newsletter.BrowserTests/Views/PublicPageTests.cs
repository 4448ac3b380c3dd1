using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>Every reader's page on the demo content (Update no 654 and no 454) today, when every 2021 and
/// 2025 meeting is past: each page passes axe at both widths, loads without browser errors, fits a phone and
/// works by keyboard.</summary>
[Collection(PublicPagesSite.Name)]
public sealed class PublicPageTests(SiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 200 },
        { "/updates", 200 },
        { "/updates/454", 200 },
        { "/updates/654", 200 },
        { "/accessibility", 200 },
        { "/updates/99999", 404 },
        { "/no-such-page", 404 },
        { "/meetings", 200 },
        { "/meetings/past", 200 },
        { "/networks", 200 },
        { "/networks/ad-safeguarding", 200 },
        { "/networks/qa-network", 200 },
        { "/publications", 200 },
        { "/publications?publisher=DfE&year=2021", 200 },
        { "/publications?page=2", 200 },
        { "/publications?year=abc", 400 },
        { "/publications/safeguarding-pressures-phase-9", 200 },
        { "/contacts", 200 },
        { "/contacts/mark-evans", 200 },
        { "/search", 200 },
        { "/search?q=disguised+compliance", 200 },
        { "/search?q=children&type=items&year=2021&sort=newest", 200 },
        { "/search?q=xylophonequartet", 200 },
        { "/search?q=%22unbalanced+AND+NEAR(", 200 },
        { "/search?q=children&year=abc&page=-3", 200 },
    };

    public static TheoryData<string, int, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var row in Pages)
        {
            data.Add((string)row[0], (int)row[1], Viewport.DesktopWidth);
            data.Add((string)row[0], (int)row[1], Viewport.PhoneWidth);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_has_no_axe_violations(string path, int status, int width)
    {
        var page = await OpenAsync(path, width, status);

        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_without_browser_errors(string path, int status)
    {
        var page = await OpenAsync(path, Viewport.DesktopWidth, status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        ProblemsOn(page).AssertNone();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fits_a_phone_without_scrolling_sideways(string path, int status)
    {
        var page = await OpenAsync(path, Viewport.PhoneWidth, status);

        await PageChecks.AssertNoHorizontalScrollAsync(page);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_works_by_keyboard(string path, int status)
    {
        var page = await OpenAsync(path, Viewport.DesktopWidth, status);

        await PageChecks.AssertKeyboardNavigableAsync(page);
    }
}
