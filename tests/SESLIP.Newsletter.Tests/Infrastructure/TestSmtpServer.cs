using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 in the test process. <see cref="Answer"/> decides, per recipient and
/// attempt, what the server replies after DATA; accepted messages are parsed with MimeKit.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.OrdinalIgnoreCase);

    public TestSmtpServer()
    {
        Port = FreePort();
        // A client the suite's own load keeps silent for minutes is waited for, not hung up on: the endpoint's own
        // session limit (2 minutes by default) would otherwise end a slow session with 554 in the middle of DATA.
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .CommandWaitTimeout(TimeSpan.FromMinutes(10))
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).SessionTimeout(TimeSpan.FromMinutes(10))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Given the recipient and which attempt this is (1 = first), the reply; null accepts.</summary>
    public Func<string, int, SmtpResponse?> Answer { get; set; } = (_, _) => null;

    /// <summary>Called after each accepted message with the count so far.</summary>
    public Action<int>? OnReceived { get; set; }

    public Dictionary<string, string?> Settings => new()
    {
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:SmtpSecurity"] = "None",
    };

    /// <summary>Points the site's e-mail at this server.</summary>
    public void Configure(NewsletterFactory factory)
    {
        foreach (var (key, value) in Settings)
        {
            factory.Settings[key] = value;
        }
    }

    /// <summary>The first message to <paramref name="address"/> matching <paramref name="match"/>, waiting for it
    /// with a generous limit: mail is handed over before the page answers, but the machine may be busy.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + NewsletterFactory.RequestTimeout;
        while (true)
        {
            var found = To(address).FirstOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message to {address} arrived; {Received.Count} other(s) did.");
            }

            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var to = transaction.To[0].AsAddress();
            var attempt = server._attempts.AddOrUpdate(to, 1, (_, n) => n + 1);
            if (server.Answer(to, attempt) is { } refusal)
            {
                return refusal;
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            server.OnReceived?.Invoke(server.Received.Count);
            return SmtpResponse.Ok;
        }
    }
}
