using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Sends one update (the demo content's no 654) to a generated list of confirmed subscribers through an
/// SMTP server on 127.0.0.1 (the SmtpServer library, as in the tests, counting and discarding what it receives),
/// with the rate limit off: the send's queuing time, messages per second through the real outbox sender and
/// MailKit, and memory as the list is worked through (docs/performance.md). Not a BenchmarkDotNet class: one
/// long run with samples along the way says more about "flat memory" than repeated short ones.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- email [subscribers]</code></summary>
public static class EmailBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var subscribers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
        var counter = new CountingStore();
        using var stop = new CancellationTokenSource();
        var port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var smtpServices = new SmtpServer.ComponentModel.ServiceProvider();
        smtpServices.Add(counter);
        var smtp = new SmtpServer.SmtpServer(options, smtpServices).StartAsync(stop.Token);

        using var factory = new NewsletterFactory { LoadDemoContent = true };
        factory.Settings["Email:SmtpHost"] = "127.0.0.1";
        factory.Settings["Email:SmtpPort"] = port.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Email:SmtpSecurity"] = "None";
        factory.Settings["Sending:MessagesPerMinute"] = "0";
        // The benchmark drives the sender itself, so the clock measures sending and nothing else.
        factory.Settings["Sending:Enabled"] = "false";

        int updateId;
        await using (var db = factory.CreateDbContext())
        {
            updateId = await db.Updates.Where(u => u.Number == 654).Select(u => u.Id).SingleAsync();
            var now = DateTime.UtcNow;
            db.Subscribers.AddRange(Enumerable.Range(1, subscribers).Select(i => new Subscriber
            {
                Email = $"reader{i}@example.org",
                Name = $"Reader {i}",
                Status = SubscriberStatus.Confirmed,
                ConsentSource = "benchmark",
                ConsentAtUtc = now,
                CreatedAtUtc = now,
            }));
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Sending update no 654 to {subscribers:N0} subscribers through 127.0.0.1:{port} (rate limit off)…");
        var clock = Stopwatch.StartNew();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (outcome, count) = await scope.ServiceProvider.GetRequiredService<UpdateSending>().SendAsync(updateId, confirmed: false, "benchmark");
            if (outcome != SendOutcome.Queued || count != subscribers)
            {
                throw new InvalidOperationException($"Queuing answered {outcome} with {count} messages.");
            }
        }

        var queued = clock.Elapsed;
        Console.WriteLine($"Queued {subscribers:N0} outbox rows in one transaction in {queued.TotalSeconds:N2} s");

        var sender = factory.Services.GetRequiredService<OutboxSender>();
        var process = Process.GetCurrentProcess();
        var peakHeap = 0L;
        var nextReport = 1_000;
        clock.Restart();
        while (await sender.SendDueAsync(CancellationToken.None) > 0)
        {
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            if (counter.Count >= nextReport)
            {
                process.Refresh();
                Console.WriteLine($"  {counter.Count,6:N0} sent  {clock.Elapsed.TotalSeconds,7:N1} s  managed heap {GC.GetTotalMemory(false) / 1048576.0,6:N1} MB  after full GC {GC.GetTotalMemory(true) / 1048576.0,6:N1} MB  working set {process.WorkingSet64 / 1048576.0,6:N1} MB");
                nextReport += 1_000;
            }
        }

        var sent = clock.Elapsed;
        process.Refresh();
        await using (var db = factory.CreateDbContext())
        {
            var left = await db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent);
            Console.WriteLine($"Delivered {counter.Count:N0} messages ({left} rows not sent) in {sent.TotalSeconds:N1} s: {counter.Count / sent.TotalSeconds:N0} messages per second");
        }

        Console.WriteLine($"Peak managed heap {peakHeap / 1048576.0:N1} MB; peak working set of the whole process (site, sender and SMTP server) {process.PeakWorkingSet64 / 1048576.0:N1} MB");
        await stop.CancelAsync();
        try
        {
            await smtp;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Accepts every message and keeps only the count, so the server's memory does not grow with the list.</summary>
    private sealed class CountingStore : MessageStore
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
