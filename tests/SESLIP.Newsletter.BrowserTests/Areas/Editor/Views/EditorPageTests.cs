using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>Every editor page, signed in as an Admin, checked with axe-core at both widths, for reflow and
/// browser problems, and the main ones by keyboard.</summary>
[Collection(EditorPagesSite.Name)]
public sealed class EditorPageTests(EditorSiteFixture site) : BrowserTest(site)
{
    public static TheoryData<string> AdminPages => new()
    {
        "/editor",
        "/editor/updates/new",
        "/editor/networks",
        "/editor/networks/new",
        "/editor/publications",
        "/editor/publications/new",
        "/editor/organisations",
        "/editor/organisations/new",
        "/editor/contacts",
        "/editor/contacts/new",
        "/editor/users",
        "/editor/audit",
        "/account/password",
        "/account/two-factor",
        "{update}",
        "{update}/preview",
        "{update}/publish",
        "{update}/items/new?section=News",
        "{update}/items/{item}",
        "{update}/delete",
        "/editor/networks/{network}",
        "/editor/networks/{network}/meetings/new",
        "/editor/meetings/{meeting}",
        "/editor/meetings/{meeting}?update=1&line=1",
        "/editor/meetings/{meeting}/delete",
        "/editor/contacts/{contact}",
        "/editor/contacts/{contact}/delete",
        "/editor/publications/{publication}",
        "/editor/publications/{publication}/delete",
        "/editor/organisations/{organisation}",
        "/editor/organisations/{organisation}/delete",
        "{correct-line}",
        "{preview-link}",
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Every_editor_page_has_no_axe_violations_at_desktop_and_phone_width(string template)
    {
        var path = await ResolveAsync(template);
        foreach (var width in new[] { Viewport.DesktopWidth, Viewport.PhoneWidth })
        {
            var page = await OpenToCheckAsync(path, width, storageState: await site.SignedInAsync(EditorSiteFixture.AdminEmail, EditorSiteFixture.Password));
            await PageChecks.AssertNoAxeViolationsAsync(page);
            await PageChecks.AssertNoHorizontalScrollAsync(page);
            ProblemsOn(page).AssertNone();
        }
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/access-denied")]
    public async Task The_sign_in_pages_have_no_axe_violations(string path)
    {
        var page = await OpenToCheckAsync(path, expectedStatus: path.EndsWith("denied", StringComparison.Ordinal) ? 403 : 200);
        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task A_form_with_errors_has_no_axe_violations()
    {
        var page = await SignedInPageAsync(EditorSiteFixture.AdminEmail);
        await page.GotoAsync("/editor/contacts/new");
        await page.GetByLabel("E-mail address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#Email-error")).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task The_item_form_offers_the_dates_in_the_action_as_the_deadline()
    {
        var path = await ResolveAsync("{update}/items/new?section=News");
        var page = await SignedInPageAsync(EditorSiteFixture.AdminEmail);
        await page.GotoAsync(path);
        await page.Locator("#Title").FillAsync("Workforce survey");
        await page.Locator("#ActionRequired").FillAsync("Reply to the survey by 18 April.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        var choice = page.Locator(".deadline-choices__button").First;
        await Expect(choice).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
        var date = await page.Locator(".deadline-choices time").First.GetAttributeAsync("datetime");
        await choice.ClickAsync();
        await Expect(page.Locator("#ActionDeadline")).ToHaveValueAsync(date!);
        ProblemsOn(page).AssertNone();
    }

    // The update's page keeps its date fields in closed <details>, so it is checked too.
    // Pages with date and time fields are left out: Chromium gives each part of such a field its own Tab
    // stop on one element, which the shared keyboard check counts as focus going round in a circle.
    [Theory]
    [InlineData("/editor")]
    [InlineData("/editor/contacts/new")]
    [InlineData("/editor/networks/{network}")]
    [InlineData("/editor/users")]
    [InlineData("{update}/publish")]
    [InlineData("{update}")]
    [InlineData("{preview-link}")]
    public async Task Editor_pages_work_by_keyboard(string template)
    {
        var path = await ResolveAsync(template);
        var page = await OpenToCheckAsync(path, storageState: await site.SignedInAsync(EditorSiteFixture.AdminEmail, EditorSiteFixture.Password));
        await PageChecks.AssertKeyboardNavigableAsync(page);
    }

    // The collection signs each person in once and every test reuses the cookies.
    private async Task<IPage> SignedInPageAsync(string email, int width = Viewport.DesktopWidth) =>
        await NewPageAsync(width, await site.SignedInAsync(email, EditorSiteFixture.Password));

    /// <summary>Fills a page template with ids of records the demo content (or a draft made here) has.</summary>
    private async Task<string> ResolveAsync(string template)
    {
        await using var db = Site.Factory.CreateDbContext();
        if (template.Contains("{update}", StringComparison.Ordinal))
        {
            var draft = await db.Updates.Where(u => u.Status != Web.Domain.UpdateStatus.Published).Select(u => (int?)u.Id).FirstOrDefaultAsync()
                ?? await CreateDraftAsync(db);
            var item = await db.UpdateItems.Where(i => i.UpdateId == draft).Select(i => i.Id).FirstAsync();
            template = template.Replace("{update}", $"/editor/updates/{draft}", StringComparison.Ordinal)
                .Replace("{item}", item.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        if (template == "{preview-link}")
        {
            // The public page a reviewer opens from a preview link to the draft.
            var (token, hash) = Web.PreviewLinks.PreviewTokens.Create();
            db.PreviewLinks.Add(new PreviewLink
            {
                UpdateId = await db.Updates.Where(u => u.Status != UpdateStatus.Published).Select(u => (int?)u.Id).FirstOrDefaultAsync() ?? await CreateDraftAsync(db),
                TokenHash = hash,
                CreatedAtUtc = DateTime.UtcNow,
                ExpiresAtUtc = DateTime.UtcNow.AddDays(3),
                CreatedBy = EditorSiteFixture.AdminEmail,
            });
            await db.SaveChangesAsync();
            return $"/preview/{token}";
        }

        if (template == "{correct-line}")
        {
            var line = await db.EditionContacts.Where(c => c.UpdateId == db.Updates.Single(u => u.Number == 654).Id).Select(c => new { c.UpdateId, c.Id }).FirstAsync();
            return $"/editor/updates/{Id(line.UpdateId)}/lines/contacts/{Id(line.Id)}/correct";
        }

        return template
            .Replace("{network}", Id(await db.Networks.Where(n => n.Name == "AD Safeguarding").Select(n => n.Id).FirstAsync()), StringComparison.Ordinal)
            .Replace("{meeting}", Id(await db.Meetings.Select(m => m.Id).FirstAsync()), StringComparison.Ordinal)
            .Replace("{contact}", Id(await db.Contacts.Where(c => c.Name == "Rebecca Eligon").Select(c => c.Id).FirstAsync()), StringComparison.Ordinal)
            .Replace("{publication}", Id(await db.Publications.Select(p => p.Id).FirstAsync()), StringComparison.Ordinal)
            .Replace("{organisation}", Id(await db.Organisations.Select(o => o.Id).FirstAsync()), StringComparison.Ordinal);
    }

    private static async Task<int> CreateDraftAsync(Web.Data.NewsletterDbContext db)
    {
        var now = DateTime.UtcNow;
        var draft = new Web.Domain.Update
        {
            Number = 600,
            IssueDate = LondonClock.ComingFriday(DateOnly.FromDateTime(DateTime.Today)),
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            Items = [new Web.Domain.UpdateItem { Title = "A draft item", Anchor = "a-draft-item", Body = "Some *text*." }],
        };
        db.Updates.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
