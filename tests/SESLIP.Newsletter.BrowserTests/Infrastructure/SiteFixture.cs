using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>
/// The real site served over Kestrel on 127.0.0.1 (its own SQLite file, demo content loaded) and one
/// headless Debian Chromium, both started once and shared by every test in a collection.
/// </summary>
/// <remarks>
/// To test other pages with a differently prepared site, derive from this class, override
/// <see cref="CreateFactory"/> (and <see cref="OnStartedAsync"/> to arrange data), then declare a
/// collection for it; see README.md in this project.
/// </remarks>
public class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright cannot download a browser on these machines.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>How long any one navigation, action or expectation may take. Generous, so a machine busy
    /// with other work slows the suite down instead of failing it; set once here for every context.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, Task<string>> _signedIn = [];
    private readonly Dictionary<(int Width, string? StorageState), IPage> _reused = [];
    private NewsletterFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public NewsletterFactory Factory => _factory ?? throw NotStarted();

    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <summary>Where the site listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site under test. Override to change settings or services; keep the Kestrel
    /// server and the SQLite file, which this fixture sets up.</summary>
    protected virtual NewsletterFactory CreateFactory() => new() { LoadDemoContent = true };

    /// <summary>Runs once the site is listening, e.g. to add users or records through
    /// <see cref="NewsletterFactory.CreateDbContext"/>.</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _factory = CreateFactory();
        // Plain HTTP on a loopback port is intended here; the redirect middleware would warn on every request.
        _factory.Settings.TryAdd("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.HttpsPolicy", "Error");
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = new Uri(ListeningAddress(_factory.Services));
        await OnStartedAsync();

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout((float)Timeout.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)Timeout.TotalMilliseconds,
        });
    }

    /// <summary>A fresh browser context (own cookies and storage) of the given viewport, whose
    /// relative URLs resolve against the site; signed in when given a <see cref="SignedInAsync"/> state.
    /// Dispose it when done.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = Viewport.DesktopWidth, int height = Viewport.DesktopHeight, string? storageState = null) =>
        NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            StorageState = storageState,
        });

    /// <summary>A browser context with the suite's timeouts, for pages that are not the site's.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Timeout.TotalMilliseconds);
        return context;
    }

    /// <summary>The cookies of <paramref name="email"/> signed in through the sign-in page, once per
    /// fixture; pass them to <see cref="NewContextAsync(int, int, string?)"/> to open pages as that person.</summary>
    /// <remarks>Some pages end a person's sessions (setting up two-factor sign-in renews the security
    /// stamp), so a saved sign-in is checked with one request and renewed when the site no longer takes it.</remarks>
    public async Task<string> SignedInAsync(string email, string password)
    {
        Task<string>? saved;
        lock (_signedIn)
        {
            _signedIn.TryGetValue(email, out saved);
        }

        if (saved is not null && await StillSignedInAsync(await saved))
        {
            return await saved;
        }

        var fresh = SignInAsync(email, password);
        lock (_signedIn)
        {
            _signedIn[email] = fresh;
        }

        return await fresh;
    }

    /// <summary>The collection's one long-lived page for this width (and this saved sign-in), for tests that
    /// only open a page and check it. Navigating it costs a fraction of a fresh context: the browser keeps
    /// the renderer, and axe-core's script is compiled once rather than for every page checked. Tests of a
    /// collection run one after another, so one test at a time uses it; anything that types, submits or
    /// changes cookies takes a fresh context instead.</summary>
    public async Task<IPage> ReusedPageAsync(int width, string? storageState = null)
    {
        if (_reused.TryGetValue((width, storageState), out var page) && !page.IsClosed)
        {
            return page;
        }

        var height = width <= Viewport.PhoneWidth ? Viewport.PhoneHeight : Viewport.DesktopHeight;
        var context = await NewContextAsync(width, height, storageState);
        page = await context.NewPageAsync();
        _reused[(width, storageState)] = page;
        return page;
    }

    private async Task<bool> StillSignedInAsync(string storageState)
    {
        var request = await _playwright!.APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            StorageState = storageState,
            Timeout = (float)Timeout.TotalMilliseconds,
        });
        await using (request)
        {
            var response = await request.GetAsync("/editor", new APIRequestContextOptions { MaxRedirects = 0 });
            return response.Status == 200;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var page in _reused.Values)
        {
            await page.Context.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private async Task<string> SignInAsync(string email, string password)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        // The wait starts before the click, so a navigation that commits at once cannot be missed.
        var signedIn = page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await signedIn;
        return await context.StorageStateAsync();
    }

    private static string ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no http address.");
    }

    private static InvalidOperationException NotStarted() => new("The site fixture has not been started.");
}
