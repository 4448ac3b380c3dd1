using Xunit.Sdk;

namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>The page checks catch what they claim to catch, shown on small hand-written pages.</summary>
[Collection(SharedSite.Name)]
public sealed class PageChecksTests(SiteFixture site) : IAsyncLifetime
{
    private const string Good =
        """
        <!doctype html>
        <html lang="en">
        <head><title>A good page</title>
        <style>
          body { margin: 0; font: 16px/1.5 sans-serif; }
          .skip { position: absolute; left: -999px; }
          .skip:focus { left: 0; }
          STYLE
        </style></head>
        <body>
          SKIP
          <header><nav aria-label="Site"><a href="/updates">Updates</a></nav></header>
          <main id="main" tabindex="-1">
            <h1>A good page</h1>
            <p>Some text with <a href="/updates/654">a link</a>.</p>
            EXTRA
            <button type="button">Press</button>
          </main>
        </body>
        </html>
        """;

    private const string SkipLink = """<a class="skip" href="#main">Skip to main content</a>""";

    private IBrowserContext? _context;

    [Fact]
    public async Task A_well_made_page_passes_every_check()
    {
        var page = await ShowAsync(Page());

        await PageChecks.AssertNoAxeViolationsAsync(page);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
        await PageChecks.AssertKeyboardNavigableAsync(page);
    }

    [Fact]
    public async Task Keyboard_check_steps_through_date_and_time_fields_part_by_part()
    {
        var fields = """
            <label for="day">Day</label> <input type="date" id="day">
            <label for="time">Time</label> <input type="time" id="time">
            <label for="when">When</label> <input type="datetime-local" id="when">
            """;
        var page = await ShowAsync(Page(extra: fields));

        await PageChecks.AssertKeyboardNavigableAsync(page);
    }

    [Fact]
    public async Task Axe_check_names_the_rule_and_the_element()
    {
        var page = await ShowAsync(Page(extra: """<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">"""));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertNoAxeViolationsAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_check_names_what_sticks_out()
    {
        var page = await ShowAsync(Page(extra: """<table id="too-wide" style="width:600px"><tr><td>wide</td></tr></table>"""), Viewport.PhoneWidth);

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertNoHorizontalScrollAsync(page));

        Assert.Contains("too-wide", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_check_wants_a_skip_link_first()
    {
        var page = await ShowAsync(Page(skipLink: ""));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertKeyboardNavigableAsync(page));

        Assert.Contains("skip link", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_check_wants_the_skip_link_to_move_focus_into_main()
    {
        var page = await ShowAsync(Page().Replace("""<main id="main" tabindex="-1">""", """<main id="main">""", StringComparison.Ordinal));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertKeyboardNavigableAsync(page));

        Assert.Contains("move focus to <main>", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_check_wants_a_visible_focus_style()
    {
        var page = await ShowAsync(Page(style: "main a:focus { outline: none; }"));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertKeyboardNavigableAsync(page));

        Assert.Contains("no visible focus style", failure.Message, StringComparison.Ordinal);
        Assert.Contains("a link", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_check_wants_every_control_reachable()
    {
        var trap = """<label>Trap <input id="trap" onkeydown="if (event.key === 'Tab') event.preventDefault()"></label>""";
        var page = await ShowAsync(Page(extra: trap));

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => PageChecks.AssertKeyboardNavigableAsync(page));

        Assert.Contains("Tab never reaches <button", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_problems_catch_script_errors_and_missing_files()
    {
        var html = Page(extra: """<img src="/missing.png" alt="Missing"><script>throw new Error("boom")</script>""");
        _context = await site.NewContextAsync(new BrowserNewContextOptions());
        await _context.RouteAsync("http://checks.test/**", route => route.Request.Url.EndsWith("/page", StringComparison.Ordinal)
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = html })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" }));
        var page = await _context.NewPageAsync();
        var problems = BrowserProblems.Watch(page);

        // The load event comes after the image failed and the script threw; the browser's reports of both may
        // reach the test a moment later. ("Network idle" is not waited for: Chromium sometimes never reports it.)
        await page.GotoAsync("http://checks.test/page");
        var deadline = DateTime.UtcNow + SiteFixture.Timeout;
        bool Reported(string text) => problems.Items.Any(p => p.Contains(text, StringComparison.Ordinal));
        while (!(Reported("boom") && Reported("404 for")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var failure = Assert.ThrowsAny<XunitException>(problems.AssertNone);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.Contains("404 for http://checks.test/missing.png", failure.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    private static string Page(string skipLink = SkipLink, string style = "", string extra = "") =>
        Good.Replace("SKIP", skipLink, StringComparison.Ordinal)
            .Replace("STYLE", style, StringComparison.Ordinal)
            .Replace("EXTRA", extra, StringComparison.Ordinal);

    // Served from a made-up origin through Playwright's router so that reloading works as on a real page.
    private async Task<IPage> ShowAsync(string html, int width = Viewport.DesktopWidth)
    {
        _context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = Viewport.PhoneHeight },
        });
        await _context.RouteAsync("http://checks.test/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        var page = await _context.NewPageAsync();
        await page.GotoAsync("http://checks.test/page");
        return page;
    }
}
