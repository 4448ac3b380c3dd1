using BenchmarkDotNet.Attributes;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>A reader's request for the largest update, through the whole in-process pipeline
/// (routing, database, Markdown, views, output cache), without the network.</summary>
[MemoryDiagnoser]
public class PageBenchmarks : IDisposable
{
    private NewsletterFactory _site = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _site = new NewsletterFactory { LoadDemoContent = true };
        _client = _site.CreateClient();
        using var first = await _client.GetAsync(new Uri("/updates/654", UriKind.Relative));
        first.EnsureSuccessStatusCode();
    }

    [Benchmark]
    public async Task<int> GetUpdate654()
    {
        using var response = await _client.GetAsync(new Uri("/updates/654", UriKind.Relative));
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
