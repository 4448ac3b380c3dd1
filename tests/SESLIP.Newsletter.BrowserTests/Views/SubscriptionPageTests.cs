using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using static Microsoft.Playwright.Assertions;

namespace SESLIP.Newsletter.BrowserTests.Views;

/// <summary>The subscribe form, the privacy notice, the pages the e-mailed links open and the Admins'
/// subscriber pages, in a real browser with axe-core.</summary>
[Collection(AdminSite.Name)]
public sealed class SubscriptionPageTests(EditorSiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string> Pages => new()
    {
        "/subscribe",
        "/subscribe/check-your-email",
        "/privacy",
        "/accessibility",
        "{confirm}",
        "{manage}",
        "{unsubscribe}",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Subscription_pages_have_no_axe_violations_at_desktop_and_phone_width(string template)
    {
        var path = await ResolveAsync(template);
        foreach (var width in new[] { Viewport.DesktopWidth, Viewport.PhoneWidth })
        {
            var page = await OpenToCheckAsync(path, width);
            await Expect(page.Locator("footer form")).ToBeVisibleAsync();
            await PageChecks.AssertNoAxeViolationsAsync(page);
            await PageChecks.AssertNoHorizontalScrollAsync(page);
            ProblemsOn(page).AssertNone();
        }
    }

    [Theory]
    [InlineData("/subscribe")]
    [InlineData("{manage}")]
    public async Task Subscription_pages_work_by_keyboard(string template)
    {
        var page = await OpenToCheckAsync(await ResolveAsync(template));
        await PageChecks.AssertKeyboardNavigableAsync(page);
    }

    [Fact]
    public async Task The_subscribe_form_with_errors_has_no_axe_violations()
    {
        var page = await OpenAsync("/subscribe");
        await page.Locator("main").GetByLabel("E-mail address").FillAsync("not an address");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_footer_form_subscribes_from_any_page()
    {
        var page = await OpenAsync("/privacy");
        await page.Locator("footer").GetByLabel("E-mail address").FillAsync("footer.reader@example.org");
        await page.Locator("footer").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Theory]
    [InlineData("/editor/subscribers")]
    [InlineData("/editor/subscribers/import")]
    public async Task The_subscriber_pages_have_no_axe_violations_and_work_by_keyboard(string path)
    {
        await ResolveAsync("{manage}");
        foreach (var width in new[] { Viewport.DesktopWidth, Viewport.PhoneWidth })
        {
            var page = await OpenToCheckAsync(path, width, storageState: await Site.SignedInAsync(EditorSiteFixture.AdminEmail, EditorSiteFixture.Password));
            await PageChecks.AssertNoAxeViolationsAsync(page);
            await PageChecks.AssertNoHorizontalScrollAsync(page);
            ProblemsOn(page).AssertNone();
            if (width == Viewport.DesktopWidth)
            {
                await PageChecks.AssertKeyboardNavigableAsync(page);
            }
        }
    }

    /// <summary>Fills in the links an e-mail would carry, for a pending subscriber made here.</summary>
    private async Task<string> ResolveAsync(string template)
    {
        if (!template.StartsWith('{'))
        {
            return template;
        }

        const string email = "browser.reader@example.org";
        await using var db = Site.Factory.CreateDbContext();
        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.Email == email);
        if (subscriber is null)
        {
            subscriber = new Subscriber
            {
                Email = email, Name = "Browser Reader", ConsentAtUtc = DateTime.UtcNow, ConsentSource = SubscriptionService.FormSource,
                CreatedAtUtc = DateTime.UtcNow,
            };
            db.Subscribers.Add(subscriber);
            await db.SaveChangesAsync();
        }

        var tokens = Site.Factory.Services.GetRequiredService<SubscriptionTokens>();
        return template switch
        {
            "{confirm}" => $"/subscribe/confirm/{tokens.ForConfirmation(subscriber)}",
            "{manage}" => $"/subscription/{tokens.ForManaging(subscriber)}",
            _ => $"/unsubscribe/{tokens.ForManaging(subscriber)}",
        };
    }
}
