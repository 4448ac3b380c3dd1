using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Web.Infrastructure;
using StackExchange.Redis;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The break after a Redis failure, on a clock the test moves: the outage itself, on a real Redis, is
/// in <see cref="SharedPageCacheTests"/>.</summary>
public sealed class ResilientOutputCacheStoreTests
{
    [Fact]
    public async Task After_a_failure_redis_is_left_alone_for_the_break_then_tried_again_and_used()
    {
        var redis = new FlakyStore { Down = true };
        var clock = new FakeTimeProvider();
        var store = new ResilientOutputCacheStore(redis, clock, NullLogger<ResilientOutputCacheStore>.Instance);

        Assert.Null(await store.GetAsync("page", default));
        Assert.Null(await store.GetAsync("page", default));
        await store.SetAsync("page", [1, 2, 3], ["updates"], TimeSpan.FromMinutes(5), default);
        await store.EvictByTagAsync("updates", default);
        Assert.Equal(1, redis.Calls);

        redis.Down = false;
        clock.Advance(ResilientOutputCacheStore.BreakDuration - TimeSpan.FromMilliseconds(1));
        Assert.Null(await store.GetAsync("page", default));
        Assert.Equal(1, redis.Calls);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await store.SetAsync("page", [1, 2, 3], ["updates"], TimeSpan.FromMinutes(5), default);
        Assert.Equal([1, 2, 3], await store.GetAsync("page", default));
    }

    [Fact]
    public async Task A_cancelled_request_is_not_taken_for_an_outage()
    {
        var redis = new FlakyStore { Cancelled = true };
        var store = new ResilientOutputCacheStore(redis, new FakeTimeProvider(), NullLogger<ResilientOutputCacheStore>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("page", default).AsTask());
        redis.Cancelled = false;
        Assert.Null(await store.GetAsync("page", default));
        Assert.Equal(2, redis.Calls);
    }

    private sealed class FlakyStore : IOutputCacheStore
    {
        private readonly Dictionary<string, byte[]> _pages = [];

        public bool Down { get; set; }

        public bool Cancelled { get; set; }

        public int Calls { get; private set; }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Called();
            return new(_pages.GetValueOrDefault(key));
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Called();
            _pages[key] = value;
            return ValueTask.CompletedTask;
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Called();
            _pages.Clear();
            return ValueTask.CompletedTask;
        }

        private void Called()
        {
            Calls++;
            if (Cancelled)
            {
                throw new OperationCanceledException();
            }

            if (Down)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is available.");
            }
        }
    }
}
