using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>A reader's request for Update no 654 through the whole in-process pipeline (routing, database,
/// Markdown, views), without the network: as most readers get it, from the output cache, and rendered
/// afresh, as the first reader after a publication gets it.</summary>
[MemoryDiagnoser]
public class PageBenchmarks : IDisposable
{
    private static readonly Uri Update654 = new("/updates/654", UriKind.Relative);

    private NewsletterFactory _site = null!;
    private HttpClient _client = null!;
    private IOutputCacheStore _cache = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _site = new NewsletterFactory { LoadDemoContent = true };
        _client = _site.CreateClient();
        _cache = _site.Services.GetRequiredService<IOutputCacheStore>();
        await GetAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<int> FromOutputCache() => GetAsync();

    [Benchmark]
    public async Task<int> RenderedAfresh()
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
        GC.SuppressFinalize(this);
    }
}
