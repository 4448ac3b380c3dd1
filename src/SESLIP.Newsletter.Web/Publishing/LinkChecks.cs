using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>Checks an update's web addresses in the background, so the editor's page never waits for a slow site:
/// the first request for a version of an update starts the check and gets nothing back ("checking links…"); a later
/// request for the same version gets the problems found. Results live in memory, one entry per update (the latest
/// version asked for), so a restart only means checking again.</summary>
public sealed partial class LinkChecks(IHttpClientFactory clients, LinkCheckOptions options, ILogger<LinkChecks> logger) : IDisposable
{
    public const string ClientName = "link-checks";

    private const string PrivateAddress = "Only public network addresses are checked.";

    private readonly ConcurrentDictionary<int, Entry> _byUpdate = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The problems found for this version of the update, or null while the check is still running
    /// (it is started on the first call).</summary>
    /// <param name="version">Anything that changes when the update's text changes (its last-changed ticks).</param>
    public IReadOnlyList<PublishWarning>? ResultsOrStart(int updateId, long version, IEnumerable<(string Where, string Address)> links)
    {
        var entry = _byUpdate.AddOrUpdate(updateId,
            _ => Start(version, links),
            (_, existing) => existing.Version == version ? existing : Start(version, links));
        return entry.Work.IsCompletedSuccessfully ? entry.Work.Result : null;
    }

    /// <summary>Waits for the check of this version to finish (for tests and the benchmark).</summary>
    public Task<IReadOnlyList<PublishWarning>> WhenCheckedAsync(int updateId, long version, IEnumerable<(string Where, string Address)> links)
    {
        ResultsOrStart(updateId, version, links);
        return _byUpdate.TryGetValue(updateId, out var entry) && entry.Version == version ? entry.Work : Task.FromResult<IReadOnlyList<PublishWarning>>([]);
    }

    private Entry Start(long version, IEnumerable<(string Where, string Address)> links)
    {
        var distinct = links
            .Where(l => Uri.TryCreate(l.Address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .DistinctBy(l => l.Address, StringComparer.Ordinal)
            .Take(Math.Max(0, options.MaxLinks))
            .ToList();
        return new Entry(version, Task.Run(() => CheckAllAsync(distinct, _stopping.Token)));
    }

    private async Task<IReadOnlyList<PublishWarning>> CheckAllAsync(List<(string Where, string Address)> links, CancellationToken cancellationToken)
    {
        // A few at a time: a long update must not open dozens of connections at once.
        using var gate = new SemaphoreSlim(4);
        var results = await Task.WhenAll(links.Select(async link =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var problem = await ProblemAsync(new Uri(link.Address), cancellationToken);
                return problem is null ? null : new PublishWarning($"The link {link.Address} {problem}", link.Where);
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. results.OfType<PublishWarning>()];
    }

    /// <summary>What is wrong with the address, or null when it answers with success (or a redirect to success).</summary>
    private async Task<string?> ProblemAsync(Uri address, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            using var head = await SendAsync(client, HttpMethod.Head, address, cancellationToken);
            if (head.IsSuccessStatusCode)
            {
                return null;
            }

            // Many sites refuse or mishandle HEAD; only what GET answers counts.
            using var get = await SendAsync(client, HttpMethod.Get, address, cancellationToken);
            return get.IsSuccessStatusCode ? null : $"answers {(int)get.StatusCode} {get.ReasonPhrase}: readers would meet an error page.";
        }
        catch (HttpRequestException exception) when (exception.Message == PrivateAddress || exception.InnerException?.Message == PrivateAddress)
        {
            return "points to a private or local network address, so it was not checked: readers outside that network cannot follow it.";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                LinkFailed(logger, address, exception.Message);
            }

            return $"did not answer within {options.TimeoutSeconds} seconds (or could not be reached).";
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, address);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("FridayUpdateLinkCheck", "1.0"));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Connects only to public addresses, deciding on the address actually connected to, so neither a
    /// redirect nor a name that resolves differently the second time can reach the site's own network.</summary>
    internal static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = allowPrivate ? addresses : [.. addresses.Where(IsPublic)];
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(PrivateAddress);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xfe) == 0xfc);
        }

        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private sealed record Entry(long Version, Task<IReadOnlyList<PublishWarning>> Work);

    [LoggerMessage(EventId = 4801, Level = LogLevel.Information, Message = "Link check of {Address} failed: {Reason}")]
    private static partial void LinkFailed(ILogger logger, Uri address, string reason);
}
