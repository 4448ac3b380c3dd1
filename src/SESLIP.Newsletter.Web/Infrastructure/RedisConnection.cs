using StackExchange.Redis;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The one connection to Redis per process, shared by the page cache and the readiness probe. Made on
/// first use: a site started while Redis is down starts all the same, and the connection keeps trying to
/// reconnect in the background.</summary>
public sealed class RedisConnection(ConfigurationOptions options) : IAsyncDisposable, IDisposable
{
    /// <summary>Defaults for a cache that must never hold a page up: connect in the background rather than fail
    /// (abortConnect), and give up on a command within a second. Options in <c>Redis:Configuration</c> come
    /// after these, so a setting there wins.</summary>
    private const string Defaults = "abortConnect=false,connectTimeout=2000,syncTimeout=1000,asyncTimeout=1000,connectRetry=1";

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public static RedisConnection FromConfiguration(string configuration)
    {
        var options = ConfigurationOptions.Parse($"{Defaults},{configuration}");
        // A command while disconnected fails at once instead of queuing until its timeout, so a page never waits
        // on a Redis that is down.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Try again every second, so caching resumes soon after Redis is back.
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        return new RedisConnection(options);
    }

    public async Task<IConnectionMultiplexer> GetAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            return multiplexer;
        }

        await _connecting.WaitAsync();
        try
        {
            return _multiplexer ??= await ConnectionMultiplexer.ConnectAsync(options);
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <summary>For a container disposed synchronously.</summary>
    public void Dispose()
    {
        _multiplexer?.Dispose();
        _connecting.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }

        _connecting.Dispose();
    }
}
