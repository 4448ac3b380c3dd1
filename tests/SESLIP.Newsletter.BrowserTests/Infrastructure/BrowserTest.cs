namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>Base for browser tests: opens pages of the fixture's site in fresh contexts, watches what the
/// browser complains about, and closes them after each test.</summary>
public abstract class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<IPage, BrowserProblems> _problems = [];

    protected SiteFixture Site => site;

    /// <summary>Opens <paramref name="path"/> at the given width and checks the HTTP status.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = Viewport.DesktopWidth, int expectedStatus = 200)
    {
        var height = width <= Viewport.PhoneWidth ? Viewport.PhoneHeight : Viewport.DesktopHeight;
        var context = await site.NewContextAsync(width, height);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        _problems[page] = BrowserProblems.Watch(page);

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return page;
    }

    /// <summary>What the browser complained about on a page opened with <see cref="OpenAsync"/>.</summary>
    protected BrowserProblems ProblemsOn(IPage page) => _problems[page];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
