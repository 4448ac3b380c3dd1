using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>The Admin's redirect pages, in a real browser: the list, the form with and without errors, the
/// edit and delete pages, each checked with axe-core and by keyboard.</summary>
[Collection(AdminSite.Name)]
public sealed class RedirectsPageTests(EditorSiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(Viewport.DesktopWidth)]
    [InlineData(Viewport.PhoneWidth)]
    public async Task An_admin_manages_redirects_on_accessible_pages(int width)
    {
        var page = await NewPageAsync(width, await Site.SignedInAsync(EditorSiteFixture.AdminEmail, EditorSiteFixture.Password));
        var oldPath = $"/old-page-{width}";

        await page.GotoAsync("/editor/redirects");
        await CheckAsync(page, width);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Add a redirect" }).ClickAsync();
        await page.GetByLabel("Old address").WaitForAsync();
        await CheckAsync(page, width);

        await page.GetByLabel("Old address").FillAsync(oldPath + "/");
        await page.GetByLabel("New address").FillAsync("//evil.example/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#NewPath-error").WaitForAsync();

        // The answer to a POST: the keyboard check reloads its page, so axe and reflow only.
        await PageChecks.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("New address").FillAsync("/networks");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = oldPath }).ClickAsync();
        await page.GetByLabel("Old address").WaitForAsync();
        await CheckAsync(page, width);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Delete this redirect" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Delete it" }).WaitForAsync();
        await CheckAsync(page, width);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Delete it" }).ClickAsync();
        await page.GetByText($"{oldPath} no longer redirects.").WaitForAsync();
        ProblemsOn(page).AssertNone();
    }

    private static async Task CheckAsync(Microsoft.Playwright.IPage page, int width)
    {
        await PageChecks.AssertNoAxeViolationsAsync(page);
        if (width == Viewport.PhoneWidth)
        {
            await PageChecks.AssertNoHorizontalScrollAsync(page);
        }
        else
        {
            await PageChecks.AssertKeyboardNavigableAsync(page);
        }
    }
}
