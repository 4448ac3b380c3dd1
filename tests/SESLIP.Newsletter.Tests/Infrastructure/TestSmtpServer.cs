using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>A real SMTP server on 127.0.0.1 in the test process, on a port the system chose; it keeps every
/// message it is given, parsed with MimeKit.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    private TestSmtpServer(SmtpServer.SmtpServer server, Task running, CancellationTokenSource stop, int port, ConcurrentQueue<MimeMessage> messages)
    {
        _server = server;
        _running = running;
        _stop = stop;
        Port = port;
        Messages = messages;
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; }

    public static async Task<TestSmtpServer> StartAsync()
    {
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var messages = new ConcurrentQueue<MimeMessage>();
        var store = new Store(messages);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(listeners);
        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var port = await bound.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return new TestSmtpServer(server, running, stop, port, messages);
    }

    /// <summary>The configuration that points the site's e-mail at this server.</summary>
    public void Configure(NewsletterFactory factory)
    {
        factory.Settings["Email:SmtpHost"] = "127.0.0.1";
        factory.Settings["Email:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Email:SmtpSecurity"] = "None";
    }

    /// <summary>The first message to <paramref name="address"/> matching <paramref name="match"/>, waiting for it
    /// with a generous limit: mail is handed over before the page answers, but the machine may be busy.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool>? match = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var found = Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))
                && (match?.Invoke(m) ?? true));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message to {address} arrived; {Messages.Count} other(s) did.");
            }

            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            messages.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
