using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Two instances of the site on one SQLite file, sharing their page cache through one real Redis, as
/// two servers behind a load balancer share SQL Server and Redis.</summary>
public sealed class TwoServersOnRedis : IAsyncLifetime
{
    public RedisServer Redis { get; } = new();

    public NewsletterFactory A { get; private set; } = null!;

    public NewsletterFactory B { get; private set; } = null!;

    public HttpClient ReaderOnA { get; private set; } = null!;

    public HttpClient ReaderOnB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        // Generous connect and command timeouts: a busy test machine must not look like an outage (an
        // eviction lost to one would leave a stale page). A killed Redis still fails at once: the connection
        // is refused, and commands never wait for a connection that is gone.
        var redis = $"{Redis.Configuration},connectTimeout=30000,asyncTimeout=30000,syncTimeout=30000";
        A = new NewsletterFactory { KeepData = true, Settings = { [PublicPageCache.RedisSetting] = redis } };
        ReaderOnA = A.CreateClient();
        B = new NewsletterFactory { DataDirectory = A.DataDirectory, Settings = { [PublicPageCache.RedisSetting] = redis } };
        ReaderOnB = B.CreateClient();
    }

    public async Task DisposeAsync()
    {
        ReaderOnA.Dispose();
        ReaderOnB.Dispose();
        // A keeps the shared folder; B, last, removes it.
        A.Dispose();
        B.Dispose();
        await Redis.DisposeAsync();
    }
}
