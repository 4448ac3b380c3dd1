using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Throughput of the public pages on the two demo updates and on a generated archive, rendered afresh
/// (the output cache emptied before every request) and from the cache, side by side; and Update no 654 rendered
/// afresh against the same bytes served as a static file (docs/performance.md, "Pages on a long archive").
/// In-process through the test host, one request at a time, no network.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- pages [updates] [items per update] [publications] [--seconds s] [--warmup s] [--only /path]</code>
/// Before any measurement every page is asked for on both sites, afresh and cached, for the warm-up time (10 s unless
/// given): the runtime recompiles the methods a page uses once they have run a few dozen times, and a measurement
/// that starts before that is over measures the compiler as much as the page. Each page's measurement time is then
/// split into five rounds, the two sites taking turns, and every figure is the median of its rounds.</summary>
public static class PagesBenchmark
{
    private static readonly string[] Pages =
    [
        "/", "/updates/654", "/updates", "/publications", "/meetings", "/networks/ad-safeguarding", "/updates.atom",
    ];

    public static async Task RunAsync(string[] args)
    {
        var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var updates = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000;
        var itemsPerUpdate = numbers.Count > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 20;
        var publications = numbers.Count > 2 ? int.Parse(numbers[2], CultureInfo.InvariantCulture) : 50_000;
        var secondsAt = Array.IndexOf(args, "--seconds");
        var seconds = secondsAt >= 0 && secondsAt + 1 < args.Length ? double.Parse(args[secondsAt + 1], CultureInfo.InvariantCulture) : 2.0;
        var duration = TimeSpan.FromSeconds(seconds);
        var warmupAt = Array.IndexOf(args, "--warmup");
        var warmup = TimeSpan.FromSeconds(warmupAt >= 0 && warmupAt + 1 < args.Length ? double.Parse(args[warmupAt + 1], CultureInfo.InvariantCulture) : 10.0);

        using var small = Site();
        using var large = Site();
        _ = small.Services;
        _ = large.Services;
        var clock = Stopwatch.StartNew();
        await GeneratedArchive.AddAsync(large.DatabasePath, updates, itemsPerUpdate, publications, pastMeetings: updates);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {updates:N0} updates × {itemsPerUpdate} items, {publications:N0} publications and {updates:N0} past meetings in {clock.Elapsed.TotalSeconds:N1} s; " +
            $"database {new FileInfo(large.DatabasePath).Length / 1048576.0:N0} MB. {seconds:N1} s per measurement, one request at a time."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average at start: {LoadAverage()}"));

        using var smallClient = small.CreateClient();
        using var largeClient = large.CreateClient();
        await WarmUpAsync([(smallClient, Evicting(small)), (largeClient, Evicting(large))], warmup);
        Console.WriteLine();
        Console.WriteLine($"| page | 2 updates: afresh | cached | cached ÷ afresh | {updates:N0} updates: afresh | cached | cached ÷ afresh | afresh, CPU per request | bytes | afresh at 2: CPU per request | bytes | afresh at {updates:N0} ÷ at 2 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var onlyAt = Array.IndexOf(args, "--only");
        var pages = onlyAt >= 0 && onlyAt + 1 < args.Length ? [args[onlyAt + 1]] : Pages;
        foreach (var page in pages)
        {
            // The measurement time is split into rounds that take turns between the two sites, and each figure is
            // the median of its rounds: a slow moment of a shared machine (or of the runtime) then lands in one
            // round of one site instead of deciding a ratio.
            var rounds = new List<(double PerSecond, double CpuMilliseconds, int Bytes)>[4];
            for (var i = 0; i < rounds.Length; i++)
            {
                rounds[i] = [];
            }

            var slice = duration / Rounds;
            for (var round = 0; round < Rounds; round++)
            {
                var order = round % 2 == 0 ? new[] { 0, 1, 2, 3 } : [2, 3, 0, 1];
                foreach (var which in order)
                {
                    var (client, site) = which < 2 ? (smallClient, small) : (largeClient, large);
                    rounds[which].Add(await MeasureAsync(client, page, slice, which % 2 == 0 ? Evicting(site) : null));
                }
            }

            var (smallFresh, smallCached, largeFresh, largeCached) = (Median(rounds[0]), Median(rounds[1]), Median(rounds[2]), Median(rounds[3]));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{page}` | {smallFresh.PerSecond:N0}/s | {smallCached.PerSecond:N0}/s | {smallCached.PerSecond / smallFresh.PerSecond:N0}× | {largeFresh.PerSecond:N0}/s | {largeCached.PerSecond:N0}/s | {largeCached.PerSecond / largeFresh.PerSecond:N0}× | {largeFresh.CpuMilliseconds:N2} ms | {largeFresh.Bytes:N0} | {smallFresh.CpuMilliseconds:N2} ms | {smallFresh.Bytes:N0} | {largeFresh.PerSecond / smallFresh.PerSecond:N2} |"));
        }

        // Another page of the library or another year of the archive: an address not in the page cache, deeper into
        // the library or further back in the archive with each request. Each address is asked once.
        Console.WriteLine();
        Console.WriteLine("| page not in the cache | store emptied before each: per second | CPU per request | store kept: per second | CPU per request |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (label, urlOf, available) in new (string, Func<int, string>, int)[]
        {
            ("`/publications?page=N`", n => $"/publications?page={n + 2}", publications / Web.Controllers.PublicationsController.PageSize - 1),
            ("`/updates?year=Y`", n => $"/updates?year={2025 + n}", updates / 53),
        })
        {
            // Once with the page cache's store emptied before each request, once without; both ask for the same
            // addresses once each. (The lists' counts are kept by the database since ADR 0040, so the two agree.)
            await Evicting(large)();
            var counted = await MeasureDistinctAsync(largeClient, urlOf, available, duration, Evicting(large));
            await Evicting(large)();
            var kept = await MeasureDistinctAsync(largeClient, urlOf, available, duration, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {counted.PerSecond:N0}/s | {counted.CpuMilliseconds:N2} ms | {kept.PerSecond:N0}/s | {kept.CpuMilliseconds:N2} ms |"));
        }

        // The best a rendered page could do: the same bytes from disk through the same kind of in-process host.
        var html = await largeClient.GetByteArrayAsync(new Uri("/updates/654", UriKind.Relative));
        var folder = Path.Combine(Path.GetTempPath(), $"seslip-pages-bench-{Guid.NewGuid():n}");
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "654.html"), html);
            await using var files = await StaticSiteAsync(folder);
            using var fileClient = files.GetTestClient();
            await MeasureAsync(fileClient, "/654.html", warmup, null);
            var fresh = await MeasureAsync(largeClient, "/updates/654", duration, Evicting(large));
            var file = await MeasureAsync(fileClient, "/654.html", duration, null);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"`/updates/654` rendered afresh: {fresh.PerSecond:N0}/s ({fresh.CpuMilliseconds:N2} ms CPU); the same {html.Length:N0} bytes as a static file: {file.PerSecond:N0}/s ({file.CpuMilliseconds:N2} ms CPU); {file.PerSecond / fresh.PerSecond:N1}× faster."));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average at end: {LoadAverage()}"));
    }

    private const int Rounds = 5;

    /// <summary>The round with the median throughput, and the median CPU per request of all rounds.</summary>
    private static (double PerSecond, double CpuMilliseconds, int Bytes) Median(List<(double PerSecond, double CpuMilliseconds, int Bytes)> rounds) =>
        (rounds.Select(r => r.PerSecond).Order().ElementAt(rounds.Count / 2), rounds.Select(r => r.CpuMilliseconds).Order().ElementAt(rounds.Count / 2), rounds[0].Bytes);

    /// <summary>Every page on each site, afresh and cached in turn, until <paramref name="duration"/> has passed.</summary>
    private static async Task WarmUpAsync((HttpClient Client, Func<Task> Evict)[] sites, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            foreach (var (client, evict) in sites)
            {
                foreach (var page in Pages)
                {
                    var uri = new Uri(page, UriKind.Relative);
                    await GetAsync(client, uri, evict);
                    await GetAsync(client, uri, null);
                }
            }
        }
    }

    /// <summary>Requests for <paramref name="available"/> different addresses, each once, for the duration or
    /// until they run out, after one to fill the lists.</summary>
    private static async Task<(int Count, double PerSecond, double CpuMilliseconds)> MeasureDistinctAsync(HttpClient client, Func<int, string> urlOf, int available, TimeSpan duration, Func<Task>? before)
    {
        await GetAsync(client, new Uri(urlOf(0), UriKind.Relative), before);
        var count = 0;
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        while (count + 1 < available && watch.Elapsed < duration)
        {
            await GetAsync(client, new Uri(urlOf(count + 1), UriKind.Relative), before);
            count++;
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        return (count, count / elapsed, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / Math.Max(1, count));
    }

    private static NewsletterFactory Site()
    {
        var site = new NewsletterFactory { LoadDemoContent = true };
        site.Settings["Sending:Enabled"] = "false";
        site.Settings["Serilog:MinimumLevel:Default"] = "Error";
        return site;
    }

    private static Func<Task> Evicting(NewsletterFactory site)
    {
        var store = site.Services.GetRequiredService<IOutputCacheStore>();
        return async () =>
        {
            foreach (var tag in new[] { PublicPageCache.Updates, PublicPageCache.Meetings, PublicPageCache.Publications, PublicPageCache.Contacts })
            {
                await store.EvictByTagAsync(tag, default);
            }
        };
    }

    private static async Task<WebApplication> StaticSiteAsync(string folder)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
        await app.StartAsync();
        return app;
    }

    /// <summary>Requests one after another for the duration (at least five): requests per second of elapsed time,
    /// and the process's CPU time per request, which on a shared machine is what the page itself cost.</summary>
    private static async Task<(double PerSecond, double CpuMilliseconds, int Bytes)> MeasureAsync(HttpClient client, string page, TimeSpan duration, Func<Task>? before)
    {
        var uri = new Uri(page, UriKind.Relative);
        var bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            bytes = await GetAsync(client, uri, before);
        }

        var count = 0;
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        while (count < 5 || watch.Elapsed < duration)
        {
            await GetAsync(client, uri, before);
            count++;
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        return (count / elapsed, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / count, bytes);
    }

    private static async Task<int> GetAsync(HttpClient client, Uri uri, Func<Task>? before)
    {
        if (before is not null)
        {
            await before();
        }

        using var response = await client.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
