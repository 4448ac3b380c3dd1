using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>Every page of <see cref="PublicPageTests"/> on a phone: it passes axe and fits the screen without
/// scrolling sideways. A site of its own, so it runs beside the desktop checks.</summary>
[Collection(PublicPhonePagesSite.Name)]
public sealed class PublicPagePhoneTests(SiteFixture site) : BrowserTest(site)
{
    [Theory]
    [MemberData(nameof(PublicPageTests.Pages), MemberType = typeof(PublicPageTests))]
    public async Task Page_passes_every_check_at_phone_width(string path, int status)
    {
        var page = await OpenToCheckAsync(path, Viewport.PhoneWidth, status);

        await PageChecks.AssertNoAxeViolationsAsync(page);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
    }
}
