using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The shared page cache must never take the site down with it. While Redis cannot be reached, pages
/// are rendered without the cache: a failure opens a short break during which Redis is not tried at all (so
/// requests do not each wait for it), the first try after the break finds out whether it is back, and the
/// outage is logged once when it starts and once when it ends.</summary>
public sealed partial class ResilientOutputCacheStore(IOutputCacheStore inner, TimeProvider clock, ILogger<ResilientOutputCacheStore> logger)
    : IOutputCacheBufferStore, IDisposable
{
    /// <summary>How long Redis is left alone after a failure.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private long _retryAfterTimestamp = long.MinValue;
    private int _inOutage;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!MayTry())
        {
            return null;
        }

        try
        {
            var value = await inner.GetAsync(key, cancellationToken);
            Succeeded();
            return value;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Failed(e);
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (!MayTry())
        {
            return false;
        }

        try
        {
            var found = inner is IOutputCacheBufferStore buffers
                ? await buffers.TryGetAsync(key, destination, cancellationToken)
                : await CopyAsync(await inner.GetAsync(key, cancellationToken), destination, cancellationToken);
            Succeeded();
            return found;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Failed(e);
            return false;
        }
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        SetAsync(key, new ReadOnlySequence<byte>(value), tags.AsMemory(), validFor, cancellationToken);

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!MayTry())
        {
            return;
        }

        try
        {
            if (inner is IOutputCacheBufferStore buffers)
            {
                await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
            }
            else
            {
                await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
            }

            Succeeded();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Failed(e);
        }
    }

    /// <summary>An eviction that cannot reach Redis leaves other servers' copies in place; nothing can be done
    /// about that here but say so, since the expiry is what bounds it.</summary>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!MayTry())
        {
            EvictionSkipped(logger, tag, PublicPageCache.Expiry.TotalMinutes);
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            Succeeded();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            Failed(e);
            EvictionSkipped(logger, tag, PublicPageCache.Expiry.TotalMinutes);
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>Connection failures and timeouts, and a server that refuses work (loading, out of memory); not
    /// a cancelled request, which is the reader's doing.</summary>
    internal static bool IsUnavailable(Exception exception) =>
        exception is RedisException or TimeoutException or SocketException or ObjectDisposedException;

    /// <summary>Whether Redis may be tried: always, except during the break after a failure.</summary>
    private bool MayTry() => clock.GetTimestamp() >= Interlocked.Read(ref _retryAfterTimestamp);

    private void Succeeded()
    {
        if (Interlocked.Exchange(ref _inOutage, 0) == 1)
        {
            Recovered(logger);
        }
    }

    private void Failed(Exception exception)
    {
        var breakTicks = (long)(BreakDuration.TotalSeconds * clock.TimestampFrequency);
        Interlocked.Exchange(ref _retryAfterTimestamp, clock.GetTimestamp() + breakTicks);
        if (Interlocked.Exchange(ref _inOutage, 1) == 0)
        {
            Unreachable(logger, exception, BreakDuration.TotalSeconds);
        }
    }

    private static async ValueTask<bool> CopyAsync(byte[]? value, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return false;
        }

        await destination.WriteAsync(value, cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = 4801, Level = LogLevel.Error,
        Message = "Redis cannot be reached: pages are rendered without the shared cache until it is back (tried again every {Seconds} s)")]
    private static partial void Unreachable(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(EventId = 4802, Level = LogLevel.Information, Message = "Redis is reachable again: pages are served from the shared cache")]
    private static partial void Recovered(ILogger logger);

    [LoggerMessage(EventId = 4803, Level = LogLevel.Warning,
        Message = "Could not evict cached pages tagged {Tag}: Redis cannot be reached, so other servers may show them stale for up to {Minutes} minutes")]
    private static partial void EvictionSkipped(ILogger logger, string tag, double minutes);
}
