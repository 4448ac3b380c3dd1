using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>Base for browser tests: opens pages of the fixture's site in fresh contexts, watches what the
/// browser complains about, and closes them after each test.</summary>
public abstract class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<IPage, BrowserProblems> _problems = [];
    private readonly List<BrowserProblems> _watchedReused = [];

    protected SiteFixture Site => site;

    /// <summary>Opens <paramref name="path"/> at the given width and checks the HTTP status.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = Viewport.DesktopWidth, int expectedStatus = 200)
    {
        var page = await NewPageAsync(width);
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return page;
    }

    /// <summary>Opens <paramref name="path"/> in the collection's long-lived page for this width (signed in
    /// with <paramref name="storageState"/> when given) and checks the HTTP status: for tests that look at a page
    /// and run the <see cref="PageChecks"/> on it, never for ones that type, submit or change cookies.</summary>
    protected async Task<IPage> OpenToCheckAsync(string path, int width = Viewport.DesktopWidth, int expectedStatus = 200, string? storageState = null)
    {
        var page = await site.ReusedPageAsync(width, storageState);
        if (_problems.TryGetValue(page, out var earlier))
        {
            // Opened before in this test: watch the new document only.
            earlier.Stop();
        }

        var problems = BrowserProblems.Watch(page);
        _problems[page] = problems;
        _watchedReused.Add(problems);
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return page;
    }

    /// <summary>A blank page at the given width in a fresh context, watched for browser problems; signed in
    /// when given a <see cref="SiteFixture.SignedInAsync"/> state.</summary>
    protected async Task<IPage> NewPageAsync(int width = Viewport.DesktopWidth, string? storageState = null)
    {
        var height = width <= Viewport.PhoneWidth ? Viewport.PhoneHeight : Viewport.DesktopHeight;
        var context = await site.NewContextAsync(width, height, storageState);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        _problems[page] = BrowserProblems.Watch(page);
        return page;
    }

    /// <summary>What the browser complained about on a page opened with <see cref="OpenAsync"/>.</summary>
    protected BrowserProblems ProblemsOn(IPage page) => _problems[page];

    // Tests of one collection run one after another, so the site's log belongs to the running test.
    public Task InitializeAsync()
    {
        site.Factory.ServerLog = TestLog.Current;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var problems in _watchedReused)
        {
            problems.Stop();
        }

        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
