using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Readers and editors at once against the real site on Kestrel, 127.0.0.1 only: every response is
/// counted by status, every acknowledged edit is looked for afterwards, and a refused edit must show the
/// editor's text again (docs/performance.md, "Reliability under load"). Bounded: at most 300 seconds, 200
/// readers and 20 writers.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- load [seconds] [readers] [writers]</code></summary>
public static class LoadBenchmark
{
    private static readonly string[] PublicPages =
    [
        "/", "/updates", "/updates/654", "/updates/454", "/updates/654.txt", "/updates.atom", "/meetings", "/meetings/past",
        "/meetings.ics", "/networks", "/publications", "/contacts", "/search?q=safeguarding", "/subscribe",
    ];

    public static async Task RunAsync(string[] args)
    {
        var seconds = Math.Clamp(Arg(args, 1, 60), 1, 300);
        var readerCount = Math.Clamp(Arg(args, 2, 50), 1, 200);
        var writerCount = Math.Clamp(Arg(args, 3, 5), 1, 20);
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        using var factory = new NewsletterFactory();
        factory.Settings["Sending:Enabled"] = "false";
        factory.Settings["Serilog:MinimumLevel:Default"] = "Error";
        factory.Settings["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.HttpsPolicy"] = "Error";
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));

        var statuses = new ConcurrentDictionary<int, int>();
        var lost = new ConcurrentBag<string>();
        var writes = new ConcurrentBag<Write>();
        var unloaded = new ConcurrentBag<string>();
        var writers = new List<EditorClient>();
        for (var w = 0; w < writerCount; w++)
        {
            var email = $"writer{w}@example.org";
            await factory.CreateUserAsync(email);
            var writer = Client(address);
            if ((await writer.SignInAsync(email, EditorSessions.Password)).StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"{email} could not sign in.");
            }

            writers.Add(writer);
        }

        var updateId = await StartDraftAsync(writers[0]);
        int networkId;
        using (var db = factory.CreateDbContext())
        {
            networkId = await db.Networks.OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
        }

        var itemIds = new List<int>();
        foreach (var (writer, w) in writers.Select((x, i) => (x, i)))
        {
            itemIds.Add(await AddOwnItemAsync(factory, writer, updateId, $"Writer {w}'s own item"));
        }

        Console.WriteLine($"Site on {address} (Kestrel, SQLite); {readerCount} readers and {writerCount} writers for {seconds} s on one draft...");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var readers = Enumerable.Range(0, readerCount).Select(r => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = address };
            for (var i = r; !stop.IsCancellationRequested; i++)
            {
                using var response = await http.GetAsync(PublicPages[i % PublicPages.Length], CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            }
        })).ToList();
        var writing = writers.Select((writer, w) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var text = $"writer {w} edit {i}";
                try
                {
                    await EditAsync(i, text);
                }
                catch (Xunit.Sdk.XunitException e)
                {
                    // The edit page itself did not load (its status is in the message); nothing was typed yet.
                    unloaded.Add(e.Message.Split('\n')[0]);
                }
            }

            async Task EditAsync(int i, string text)
            {
                var (kind, response) = (i % 4) switch
                {
                    0 => ("item", await writer.SubmitAsync($"/editor/updates/{updateId}/items/{itemIds[w]}", "main form[method='post']", new() { ["Body"] = text })),
                    1 => ("new item", await writer.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new() { ["Title"] = text, ["Body"] = "Text." })),
                    2 => ("intro", await writer.SubmitAsync($"/editor/updates/{updateId}", $"form[action='/editor/updates/{updateId}']", new() { ["Intro"] = text })),
                    _ => ("meeting", await writer.SubmitAsync($"/editor/updates/{updateId}", $"form[action='/editor/updates/{updateId}/meetings/new']", new()
                    {
                        ["NetworkId"] = networkId.ToString(CultureInfo.InvariantCulture),
                        ["Date"] = new DateOnly(2099, 1, 2).AddDays(7 * (i * writerCount + w)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        ["StartTime"] = "10:00",
                        ["Attendance"] = "InPerson",
                        ["Place"] = text,
                    })),
                };
                var html = await response.Content.ReadAsStringAsync();
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var kept = html.Contains(text, StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    writes.Add(new(w, kind, text, clock.Elapsed));
                }
                else if (!kept)
                {
                    lost.Add($"{kind} '{text}': {(int)response.StatusCode} without the editor's text");
                }
            }
        })).ToList();
        await Task.WhenAll(readers.Concat(writing));
        var elapsed = clock.Elapsed;

        // Every acknowledged edit must be in the database.
        using (var db = factory.CreateDbContext())
        {
            var update = await db.Updates.AsNoTracking().Include(u => u.Items).Include(u => u.Meetings).SingleAsync(u => u.Id == updateId);
            var places = await db.Meetings.AsNoTracking().Where(m => m.Place != "").Select(m => new { m.Id, m.Place }).ToListAsync();
            foreach (var write in writes)
            {
                var found = write.Kind switch
                {
                    "new item" => update.Items.Any(i => i.Title == write.Text),
                    "meeting" => places.Where(p => p.Place == write.Text).Any(p => update.Meetings.Any(m => m.MeetingId == p.Id)),
                    _ => true,
                };
                if (!found)
                {
                    lost.Add($"{write.Kind} '{write.Text}' was acknowledged but is missing");
                }
            }

            for (var w = 0; w < writerCount; w++)
            {
                var last = writes.Where(x => x.Writer == w && x.Kind == "item").MaxBy(x => x.At);
                if (last is not null && update.Items.Single(i => i.Id == itemIds[w]).Body != last.Text)
                {
                    lost.Add($"writer {w}'s item: last acknowledged '{last.Text}', saved '{update.Items.Single(i => i.Id == itemIds[w]).Body}'");
                }
            }

            if (writes.Any(x => x.Kind == "intro") && !writes.Any(x => x.Kind == "intro" && x.Text == update.Intro))
            {
                lost.Add($"the intro '{update.Intro}' is none of the acknowledged ones");
            }

            Console.WriteLine($"The draft ends with {update.Items.Count} items and {update.Meetings.Count} meeting lines.");
        }

        foreach (var writer in writers)
        {
            writer.Dispose();
        }

        var total = statuses.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Requests: {total:N0} in {elapsed.TotalSeconds:N1} s ({total / elapsed.TotalSeconds:N0}/s); edits acknowledged: {writes.Count:N0}"));
        Console.WriteLine("By status: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value:N0}"))));
        Console.WriteLine($"500s: {statuses.GetValueOrDefault(500)}");
        Console.WriteLine($"409s (conflict page, text kept): {statuses.GetValueOrDefault(409)}");
        Console.WriteLine($"503s (busy, text kept): {statuses.GetValueOrDefault(503)}");
        Console.WriteLine($"Edit pages that did not load: {unloaded.Count}" + (unloaded.IsEmpty ? "" : $" (first: {unloaded.First()})"));
        Console.WriteLine($"Lost edits: {lost.Count}");
        foreach (var line in lost.Take(20))
        {
            Console.WriteLine("  " + line);
        }

        Environment.ExitCode = statuses.GetValueOrDefault(500) == 0 && lost.IsEmpty ? 0 : 1;
    }

    private sealed record Write(int Writer, string Kind, string Text, TimeSpan At);

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    /// <summary>A signed-in-capable client over real sockets, keeping cookies and not following redirects.</summary>
    private static EditorClient Client(Uri address)
    {
        var jar = new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } };
        return new EditorClient(new HttpClient(jar) { BaseAddress = address }, jar);
    }

    private static async Task<int> StartDraftAsync(EditorClient writer)
    {
        var response = await writer.SubmitAsync("/editor/updates/new", "main form[method='post']");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Starting a draft: {(int)response.StatusCode}");
        }

        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> AddOwnItemAsync(NewsletterFactory factory, EditorClient writer, int updateId, string title)
    {
        var response = await writer.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new() { ["Title"] = title, ["Body"] = "Text." });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Adding an item: {(int)response.StatusCode}");
        }

        using var db = factory.CreateDbContext();
        return await db.UpdateItems.Where(i => i.UpdateId == updateId && i.Title == title).Select(i => i.Id).SingleAsync();
    }
}
