using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Update no 654 from the page cache held in the process's memory and from a local Redis (a real
/// redis-server on 127.0.0.1), as served, and evicted and rendered again, as after a publication
/// (docs/performance.md, "Shared page cache").</summary>
[MemoryDiagnoser]
public class SharedCacheBenchmarks : IDisposable
{
    private static readonly Uri Update654 = new("/updates/654", UriKind.Relative);

    private RedisServer? _redis;
    private NewsletterFactory _site = null!;
    private HttpClient _client = null!;
    private IOutputCacheStore _cache = null!;

    [Params("memory", "redis")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public async Task Setup()
    {
        _site = new NewsletterFactory { LoadDemoContent = true };
        _site.Settings["Serilog:MinimumLevel:Default"] = "Error";
        if (Store == "redis")
        {
            _redis = new RedisServer();
            await _redis.InitializeAsync();
            _site.Settings[PublicPageCache.RedisSetting] = _redis.Configuration;
        }

        _client = _site.CreateClient();
        _cache = _site.Services.GetRequiredService<IOutputCacheStore>();
        await GetAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<int> FromCache() => GetAsync();

    [Benchmark]
    public async Task<int> EvictedAndRenderedAgain()
    {
        await _cache.EvictByTagAsync(PublicPageCache.Updates, default);
        return await GetAsync();
    }

    private async Task<int> GetAsync()
    {
        using var response = await _client.GetAsync(Update654);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        return html.Length;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        _redis?.DisposeAsync().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }
}
