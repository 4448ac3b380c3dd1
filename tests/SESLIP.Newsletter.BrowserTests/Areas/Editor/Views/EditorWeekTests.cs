using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Tests.Infrastructure;

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
public sealed class EditorWeekTests(EditorSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task The_programme_manager_prepares_previews_and_publishes_update_655()
    {
        var page = await SignInAsync(EditorSiteFixture.EditorEmail);
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
        await PageChecks.AssertNoAxeViolationsAsync(page);
        var editUrl = page.Url;

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

        // Second item, reporting a publication added to the library in place.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a news item" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Kinship care in the South East");
        await page.GetByLabel("Text (Markdown)").FillAsync("A regional look at kinship care arrangements.");
        await page.GetByLabel("Title of the new publication").FillAsync("Kinship care: a regional picture");
        await page.GetByLabel("Published by").FillAsync("SESLIP");
        await page.GetByLabel("Published on").FillAsync(DateTime.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the item" }).ClickAsync();
        await Expect(page.Locator("#News-heading + ol li")).ToHaveCountAsync(2);

        // A meeting added to the directory from the update page.
        await page.Locator("summary", new() { HasText = "Add a new meeting to the directory" }).ClickAsync();
        await page.GetByLabel("Network", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "AD Safeguarding" });
        var meetingDay = LondonClock.ComingFriday(DateOnly.FromDateTime(DateTime.Today.AddDays(21)));
        await page.Locator("#Meeting-Date").FillAsync(meetingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Meeting-Weekday").SelectOptionAsync("Friday");
        await page.Locator("#Meeting-StartTime").FillAsync("10:00");
        await page.Locator("#Meeting-Attendance").SelectOptionAsync("InPerson");
        await page.Locator("#Meeting-Place").FillAsync("Central London");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the meeting" }).ClickAsync();
        await Expect(page.Locator("#meetings-heading + ol")).ToContainTextAsync(meetingDay.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await PageChecks.AssertNoAxeViolationsAsync(page);

        // Preview the whole update as readers will see it, then publish from there.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Update no 655", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#section-tools + ul li").First).ToContainTextAsync("Kinship care: a regional picture");
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();

        // The confirmation step: what readers will get and what the checks found, then the real button.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publish Update no 655?", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish Update no 655" }).ClickAsync();
        await Expect(page.Locator(".notification-banner")).ToContainTextAsync("Published");
        Assert.Equal(editUrl, page.Url);

        // An anonymous reader sees it on the home page.
        var reader = await OpenAsync("/");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Update no 655", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Children’s social work workforce 2024" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Kinship care in the South East" })).ToBeVisibleAsync();
        await Expect(reader.Locator("#section-reminders")).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "the workforce statistics" })).ToBeVisibleAsync();
        await Expect(reader.Locator(".meeting-list")).ToContainTextAsync("Central London");
        await PageChecks.AssertNoAxeViolationsAsync(reader);
    }

    /// <summary>The dashboard, where signing in lands.</summary>
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await SignedInPageAsync(email);
        await page.GotoAsync("/editor");
        return page;
    }

    // The collection signs each person in once and every test reuses the cookies: a fresh context with
    // them is as good as a fresh sign-in, and far quicker than one per page.
    private async Task<IPage> SignedInPageAsync(string email, int width = Viewport.DesktopWidth) =>
        await NewPageAsync(width, await site.SignedInAsync(email, EditorSiteFixture.Password));

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
