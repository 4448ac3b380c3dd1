using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>With Redis configured, servers share one page cache: a page rendered on one is served from the cache
/// on the other, an editor's change on one evicts the copies every server serves, and a Redis outage costs the
/// cache, never the page.</summary>
public sealed class SharedPageCacheTests(TwoServersOnRedis site, ITestOutputHelper output) : IClassFixture<TwoServersOnRedis>
{
    /// <summary>Well short of the five-minute expiry, so only an eviction can make a stale copy go.</summary>
    private static readonly TimeSpan Patience = NewsletterFactory.RequestTimeout;

    [Fact]
    public async Task A_page_rendered_on_one_server_is_served_from_the_cache_on_the_other()
    {
        using var onA = await site.ReaderOnA.GetAsync("/updates/454");
        // B has never rendered this page: an Age header means its copy came from the cache A filled.
        using var onB = await site.ReaderOnB.GetAsync("/updates/454");

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.NotNull(onB.Headers.Age);
        Assert.Equal(await onA.Content.ReadAsStringAsync(), await onB.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_update_published_on_one_server_replaces_the_cached_home_page_on_the_other()
    {
        await site.ReaderOnA.GetAsync("/");
        using var cached = await site.ReaderOnB.GetAsync("/");
        Assert.NotNull(cached.Headers.Age);
        Assert.DoesNotContain("Update no 655", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var editor = await site.A.SignedInAsync();
        var started = await editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, await started.Content.ReadAsStringAsync());
        var id = started.Headers.Location!.OriginalString.Split('/').Last();
        var published = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/publish']", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // Not asserted (a busy machine may take longer), only reported for docs/performance.md.
        var clock = Stopwatch.StartNew();
        var requests = 0;
        await Until(async () =>
        {
            requests++;
            return (await site.ReaderOnB.GetStringAsync("/")).Contains("Update no 655", StringComparison.Ordinal);
        }, "B still served the home page cached before 655 was published");
        output.WriteLine($"B showed Update no 655 on request {requests} after the publish answered, {clock.ElapsedMilliseconds} ms later.");
    }

    [Fact]
    public async Task Both_servers_serve_pages_while_redis_is_down_report_degraded_and_cache_again_when_it_is_back()
    {
        site.Redis.Kill();
        try
        {
            foreach (var reader in new[] { site.ReaderOnA, site.ReaderOnB })
            {
                foreach (var url in new[] { "/updates/654", "/meetings", "/updates/654" })
                {
                    using var page = await reader.GetAsync(url);
                    Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                    Assert.Null(page.Headers.Age);
                }
            }

            foreach (var reader in new[] { site.ReaderOnA, site.ReaderOnB })
            {
                await Until(async () => await ReadinessAsync(reader) == "Degraded", "/health/ready did not say Degraded");
                using var ready = await reader.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            // One line per server for the whole outage, however many requests met it.
            Assert.Equal(2, LogLines("until it is back"));
        }
        finally
        {
            await site.Redis.StartAsync();
        }

        await Until(async () => await ReadinessAsync(site.ReaderOnA) == "Healthy", "/health/ready stayed Degraded on A");
        await Until(async () =>
        {
            await site.ReaderOnA.GetAsync("/networks");
            using var onB = await site.ReaderOnB.GetAsync("/networks");
            return onB.Headers.Age is not null;
        }, "B did not serve /networks from the cache after Redis came back");
        Assert.True(LogLines("reachable again") >= 1);
    }

    private static async Task<string> ReadinessAsync(HttpClient reader) => await reader.GetStringAsync("/health/ready");

    private static int LogLines(string text) =>
        (TestLog.Current?.ToString() ?? "").Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Polls for an outcome that another server or a reconnecting client brings about in its own time.</summary>
    private static async Task Until(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{failure} within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }
}
