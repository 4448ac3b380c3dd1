using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>The site for the editor's browser tests: the demo content, and accounts made with the same
/// <c>users add</c> command a person runs, against the same database file.</summary>
public sealed class EditorSiteFixture : SiteFixture
{
    public const string EditorEmail = "programme.manager@example.org";
    public const string AdminEmail = "site.admin@example.org";
    public const string Password = "ferry lantern orchard nineteen";

    // Every test signs in from 127.0.0.1; the per-address limit is proved by the integration tests.
    protected override NewsletterFactory CreateFactory() => new()
    {
        LoadDemoContent = true,
        Settings = { ["Security:SignInPermitLimit"] = "100000" },
    };

    protected override async Task OnStartedAsync()
    {
        await RunUsersCommandAsync("add", EditorEmail, "--role", "Editor");
        await RunUsersCommandAsync("add", AdminEmail, "--role", "Admin");
    }

    /// <summary>Runs the site's own executable, as <c>dotnet SESLIP.Newsletter.Web.dll users ...</c> on a
    /// published copy, with the password on standard input.</summary>
    private async Task RunUsersCommandAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SESLIP.Newsletter.Web.dll"));
        start.ArgumentList.Add("users");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--Database:Provider=Sqlite");
        start.ArgumentList.Add($"--ConnectionStrings:Newsletter=Data Source={Factory.DatabasePath}");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        await process.StandardInput.WriteLineAsync(Password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Starting a second .NET process is slow on a busy machine; the limit only stops a hung one.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"users {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
    }
}

[CollectionDefinition(Name)]
public sealed class EditorSite : ICollectionFixture<EditorSiteFixture>
{
    public const string Name = "Editor site";
}

/// <summary>The programme manager's Friday, in a real browser, with axe-core on every editor page on the way.</summary>
[Collection(EditorSite.Name)]
public sealed class EditorWeekTests(EditorSiteFixture site, ITestOutputHelper output) : BrowserTest(site)
{
    /// <summary>The whole Friday, start to correction, in at most 20 full page loads: every change on the draft
    /// returns to the place it was made, and meetings and Tools &amp; Templates are changed without leaving it.</summary>
    [Fact]
    public async Task The_programme_manager_prepares_previews_publishes_and_corrects_update_655_in_at_most_20_page_loads()
    {
        var page = await SignedInPageAsync(EditorSiteFixture.EditorEmail);
        var loads = 0;
        page.Load += (_, _) => loads++;
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/editor");
        await PageChecks.AssertNoAxeViolationsAsync(page);

        // Start the next update: 655, the coming Friday, one reminder carried forward.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the next update" }).ClickAsync();
        await Expect(page.Locator("#Number")).ToHaveValueAsync("655");
        await PageChecks.AssertNoAxeViolationsAsync(page);
        var boxes = page.Locator(".checkboxes__input");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).SetCheckedAsync(false);
        }

        await page.GetByLabel(new Regex("Good decisions")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start Update no 655" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Update no 655", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "In this update" })).ToContainTextAsync("Reminders (1)");
        await PageChecks.AssertNoAxeViolationsAsync(page);

        // First item: a headline list and a link, previewed before it is added.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a news item" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Children’s social work workforce 2024");
        await page.GetByLabel("Text (Markdown)").FillAsync("On 27 February DfE published [the workforce statistics](https://example.org/workforce-2024).");
        await page.GetByLabel("Headlines (Markdown)").FillAsync("- 13,400 child and family social workers\n- the vacancy rate fell to 18%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.Locator(".editor-preview-frame");
        await Expect(preview.GetByRole(AriaRole.Link, new() { Name = "the workforce statistics" })).ToHaveAttributeAsync("href", "https://example.org/workforce-2024");
        await Expect(preview.Locator("ul li")).ToHaveCountAsync(2);
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        Assert.Matches(@"#item-\d+$", page.Url);

        // Second item, reporting a publication added to the library in place.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a news item" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Kinship care in the South East");
        await page.GetByLabel("Text (Markdown)").FillAsync("A regional look at kinship care arrangements.");
        await page.GetByLabel("Title of the new publication").FillAsync("Kinship care: a regional picture");
        await page.GetByLabel("Published by").FillAsync("SESLIP");
        await page.GetByLabel("Published on").FillAsync(DateTime.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();

        // Third item.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a news item" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Adoption support: new guidance");
        await page.GetByLabel("Text (Markdown)").FillAsync("Guidance for local authorities on the adoption support fund.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(page.Locator("#News-heading + ol li")).ToHaveCountAsync(3);
        await Expect(page.Locator(".editor-list__item:target")).ToContainTextAsync("Adoption support: new guidance");

        // A new meeting added to the directory from the update page: the page returns to its line.
        await page.Locator("summary", new() { HasText = "Add a new meeting to the directory" }).ClickAsync();
        await page.GetByLabel("Network", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "AD Safeguarding" });
        var meetingDay = LondonClock.ComingFriday(DateOnly.FromDateTime(DateTime.Today.AddDays(21)));
        await page.Locator("#Meeting-Date").FillAsync(meetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Meeting-Weekday").SelectOptionAsync("Friday");
        await page.Locator("#Meeting-StartTime").FillAsync("10:00");
        await page.Locator("#Meeting-Attendance").SelectOptionAsync("InPerson");
        await page.Locator("#Meeting-Place").FillAsync("Central London");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the meeting" }).ClickAsync();
        Assert.Matches(@"#line-meetings-\d+$", page.Url);
        await Expect(page.Locator(".editor-list__item:target")).ToContainTextAsync(meetingDay.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await PageChecks.AssertNoAxeViolationsAsync(page);

        // The meeting moves a week: changed from its line, and the page comes back to that line.
        await page.Locator(".editor-list__item:target").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change date, time or place") }).ClickAsync();
        var movedDay = meetingDay.AddDays(7);
        await page.Locator("#Meeting-Date").FillAsync(movedDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Matches(@"#line-meetings-\d+$", page.Url);
        await Expect(page.Locator(".editor-list__item:target")).ToContainTextAsync(movedDay.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));

        // A Tools & Templates line for a publication new to the library, without leaving the update.
        await page.Locator("summary", new() { HasText = "Add a new publication to the library and to this list" }).ClickAsync();
        await page.Locator("#NewPublication_Title").FillAsync("Family time: a practice guide");
        await page.Locator("#NewPublication_Publisher").FillAsync("SESLIP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the publication" }).ClickAsync();
        Assert.Matches(@"#line-publications-\d+$", page.Url);
        await Expect(page.Locator(".editor-list__item:target")).ToContainTextAsync("Family time: a practice guide");

        // Preview the whole update as readers will see it, then publish from there.
        await page.Locator("#publishing").GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Update no 655", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#section-tools + ul")).ToContainTextAsync("Kinship care: a regional picture");
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();

        // The confirmation step: what readers will get and what the checks found, then the real button.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publish Update no 655?", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish Update no 655" }).ClickAsync();
        await Expect(page.Locator(".notification-banner")).ToContainTextAsync("Published");

        // A correction to the first item, reached from the outline.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "In this update" })
            .GetByRole(AriaRole.Link, new() { Name = "Children’s social work workforce 2024" }).ClickAsync();
        await page.GetByLabel("Text (Markdown)").FillAsync("On 28 February DfE published [the workforce statistics](https://example.org/workforce-2024).");
        await page.GetByLabel("Correction note").FillAsync("The statistics came out on 28 February.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the correction" }).ClickAsync();
        Assert.Matches(@"#item-\d+$", page.Url);
        await Expect(page.Locator(".notification-banner")).ToContainTextAsync("Correction");

        output.WriteLine($"The week took {loads} full page loads.");
        Assert.True(loads <= 20, $"The week took {loads} full page loads; at most 20 expected.");

        // An anonymous reader sees it on the home page.
        var reader = await OpenAsync("/");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Update no 655", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Children’s social work workforce 2024" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Kinship care in the South East" })).ToBeVisibleAsync();
        await Expect(reader.Locator("#section-reminders")).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "the workforce statistics" })).ToBeVisibleAsync();
        await Expect(reader.Locator(".meeting-list")).ToContainTextAsync("Central London");
        await Expect(reader.Locator("#section-tools + ul")).ToContainTextAsync("Family time: a practice guide");
        await PageChecks.AssertNoAxeViolationsAsync(reader);
    }

    /// <summary>Text typed into an item's form is kept in the browser: leaving asks first, and coming back
    /// restores it with a notice that can discard it.</summary>
    [Fact]
    public async Task A_half_typed_item_survives_leaving_its_form_and_coming_back()
    {
        string form;
        await using (var db = Site.Factory.CreateDbContext())
        {
            var item = await db.UpdateItems.Where(i => i.Update!.Number == 654).OrderBy(i => i.Id).Select(i => new { i.UpdateId, i.Id }).FirstAsync();
            form = $"/editor/updates/{item.UpdateId}/items/{item.Id}";
        }

        var page = await SignedInPageAsync(EditorSiteFixture.EditorEmail);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        await page.GotoAsync(form);
        var body = page.Locator("#Body");
        var saved = await body.InputValueAsync();
        await body.ClickAsync();
        await body.PressAsync("End");
        await body.PressSequentiallyAsync(" Half a sentence about");
        var typed = await body.InputValueAsync();
        Assert.NotEqual(saved, typed);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Back to Update no 654") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Update no 654", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("beforeunload", dialogs);

        await page.GotoAsync(form);
        await Expect(page.Locator(".editor-autosave")).ToContainTextAsync("Restored unsaved text from");
        await Expect(body).ToHaveValueAsync(typed);
        await PageChecks.AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Discard" }).ClickAsync();
        await Expect(body).ToHaveValueAsync(saved);
        await Expect(page.Locator(".editor-autosave")).ToHaveCountAsync(0);
        ProblemsOn(page).AssertNone();
    }

    // The collection signs each person in once and every test reuses the cookies: a fresh context with
    // them is as good as a fresh sign-in, and far quicker than one per page.
    private async Task<IPage> SignedInPageAsync(string email, int width = Viewport.DesktopWidth) =>
        await NewPageAsync(width, await site.SignedInAsync(email, EditorSiteFixture.Password));

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
