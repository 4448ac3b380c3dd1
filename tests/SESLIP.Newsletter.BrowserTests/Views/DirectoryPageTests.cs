using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>What the directory pages do beyond the checks every page passes (<see cref="PublicPageTests"/>).</summary>
[Collection(SharedSite.Name)]
public sealed class DirectoryPageTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task PublicationsCanBeFilteredWithoutScript()
    {
        var page = await OpenAsync("/publications");

        await page.SelectOptionAsync("#publisher", "NSPCC");
        var filtered = page.WaitForURLAsync("**/publications?*publisher=NSPCC*");
        await page.ClickAsync("main button[type=submit]");
        await filtered;

        Assert.Equal(["‘Disguised compliance’: learning from case reviews"], await page.Locator(".publication__title").AllInnerTextsAsync());
    }
}

/// <summary>The demo content on Friday 21 March 2025, the day update 654 came out, so its meetings are still
/// to come: the month-grouped list, meeting cards and "next meeting" boxes are all on show.</summary>
public sealed class March2025SiteFixture : SiteFixture
{
    protected override NewsletterFactory CreateFactory() => new()
    {
        LoadDemoContent = true,
        ConfigureServices = services => services.Replace(
            ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 3, 21, 12, 0, 0, TimeSpan.Zero)))),
    };
}

[CollectionDefinition(Name)]
public sealed class March2025Site : ICollectionFixture<March2025SiteFixture>
{
    public const string Name = "Site on 21 March 2025";
}

[Collection(March2025Site.Name)]
public sealed class UpcomingMeetingPageTests(March2025SiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string, int> Pages => new()
    {
        { "/meetings", Viewport.DesktopWidth },
        { "/meetings", Viewport.PhoneWidth },
        { "/networks", Viewport.DesktopWidth },
        { "/networks", Viewport.PhoneWidth },
        { "/networks/ad-safeguarding", Viewport.DesktopWidth },
        { "/networks/ad-safeguarding", Viewport.PhoneWidth },
        { "/contacts/mark-evans", Viewport.PhoneWidth },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageHasNoAxeViolationsAndFitsTheWidth(string path, int width)
    {
        var page = await OpenToCheckAsync(path, width);

        await PageChecks.AssertNoAxeViolationsAsync(page);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task TheNetworkPageShowsTheNextMeetingAndOffersTheCalendar()
    {
        var page = await OpenAsync("/networks/ad-safeguarding");

        Assert.Contains("Friday 6 June 2025, 10am. In person, Central London.", await page.Locator(".next-meeting").InnerTextAsync(), StringComparison.Ordinal);
        var webcal = await page.Locator("a[href^='webcal:']").First.GetAttributeAsync("href");
        Assert.Equal($"webcal://{Site.BaseAddress.Authority}/networks/ad-safeguarding.ics", webcal);

        var response = await page.APIRequest.GetAsync(new Uri(Site.BaseAddress, "/networks/ad-safeguarding.ics").ToString());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/London:20250606T100000", await response.TextAsync(), StringComparison.Ordinal);
    }
}
