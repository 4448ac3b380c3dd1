using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Html;
using SESLIP.Newsletter.Web.Import;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Every Markdown field of one whole update (intro, bodies, headlines, actions, as the importer
/// stores them) through the site's one renderer: cold (a new renderer, empty cache) and cached (what
/// every reader after the first gets).</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks : IDisposable
{
    private string[] _fields = [];
    private MarkdownRenderer _warm = null!;

    [Params(454, 654)]
    public int Update { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parsed = LegacyParser.Parse(DemoContent.Read(Update == 454 ? DemoContent.Update454 : DemoContent.Update654));
        _fields = [parsed.Intro, .. parsed.Items.SelectMany(i => new[] { i.Body, i.Headlines, i.ActionRequired })];
        _fields = [.. _fields.Where(f => f.Length > 0)];
        _warm = new MarkdownRenderer(new MarkdownRendererOptions());
        RenderAll(_warm);
    }

    [Benchmark(Baseline = true)]
    public int Cold()
    {
        using var renderer = new MarkdownRenderer(new MarkdownRendererOptions());
        return RenderAll(renderer);
    }

    [Benchmark]
    public int Cached() => RenderAll(_warm);

    private int RenderAll(MarkdownRenderer renderer)
    {
        var characters = 0;
        foreach (var field in _fields)
        {
            characters += ((HtmlString)renderer.Render(field)).Value?.Length ?? 0;
        }

        return characters;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _warm.Dispose();
        GC.SuppressFinalize(this);
    }
}
