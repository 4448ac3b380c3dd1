namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>Base for browser tests: opens pages of the fixture's site in fresh contexts and closes
/// them after each test.</summary>
public abstract class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected SiteFixture Site => site;

    /// <summary>Opens <paramref name="path"/> at the given width and checks the HTTP status.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = Viewport.DesktopWidth, int expectedStatus = 200)
    {
        var height = width <= Viewport.PhoneWidth ? Viewport.PhoneHeight : Viewport.DesktopHeight;
        var context = await site.NewContextAsync(width, height);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
