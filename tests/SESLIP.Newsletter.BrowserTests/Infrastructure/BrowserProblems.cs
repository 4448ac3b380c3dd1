namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>What the browser complained about on one page since it started watching: script errors, console
/// errors (including Content-Security-Policy refusals) and failed requests for the page's resources.</summary>
public sealed class BrowserProblems
{
    private readonly List<string> _items = [];
    private Action? _stop;

    private BrowserProblems()
    {
    }

    /// <summary>What has been reported so far; the browser reports from other threads while a test reads.</summary>
    public IReadOnlyList<string> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    private void Add(string problem)
    {
        lock (_items)
        {
            _items.Add(problem);
        }
    }

    /// <summary>Start before navigating, so the page's own loading is covered.</summary>
    public static BrowserProblems Watch(IPage page)
    {
        var problems = new BrowserProblems();
        EventHandler<string> pageError = (_, error) => problems.Add($"script error: {error}");
        EventHandler<IConsoleMessage> console = (_, message) =>
        {
            // Chromium also reports the document's own error status (a 404 page) on the console.
            var documentStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && message.Location.StartsWith(page.Url, StringComparison.Ordinal);
            if (message.Type == "error" && !documentStatus)
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        EventHandler<IRequest> requestFailed = (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        EventHandler<IResponse> response = (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };
        page.PageError += pageError;
        page.Console += console;
        page.RequestFailed += requestFailed;
        page.Response += response;
        problems._stop = () =>
        {
            page.PageError -= pageError;
            page.Console -= console;
            page.RequestFailed -= requestFailed;
            page.Response -= response;
        };
        return problems;
    }

    /// <summary>Stops watching, for a page that outlives the test (<see cref="SiteFixture.ReusedPageAsync"/>).</summary>
    public void Stop() => _stop?.Invoke();

    public void AssertNone()
    {
        var items = Items;
        Assert.True(items.Count == 0, "The browser reported:" + Environment.NewLine + string.Join(Environment.NewLine, items.Select(p => "- " + p)));
    }
}
