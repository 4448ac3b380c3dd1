using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>Every reader's page on the demo content (Update no 654 and no 454) today, when every 2021 and
/// 2025 meeting is past: at desktop width each page loads without browser errors, passes axe and works by
/// keyboard; <see cref="PublicPagePhoneTests"/> checks the same pages on a phone.</summary>
[Collection(PublicPagesSite.Name)]
public sealed class PublicPageTests(SiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/", 200 },
        { "/updates", 200 },
        { "/updates?year=2021", 200 },
        { "/updates?year=99999", 400 },
        { "/updates?year=1999", 404 },
        { "/updates/454", 200 },
        { "/updates/654", 200 },
        { "/actions", 200 },
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

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_passes_every_check_at_desktop_width(string path, int status)
    {
        // Reader pages fetch nothing after the load event (no script requests, no lazy images), so every request
        // the page makes has finished once it has loaded. A long-lived page would also keep waiting for "network
        // idle" for ever after a navigation cut one of the previous page's requests short.
        var page = await OpenToCheckAsync(path, Viewport.DesktopWidth, status);
        await page.WaitForLoadStateAsync(LoadState.Load);

        ProblemsOn(page).AssertNone();
        await PageChecks.AssertNoAxeViolationsAsync(page);
        // Last: it presses keys and reloads the page.
        await PageChecks.AssertKeyboardNavigableAsync(page);
    }
}
