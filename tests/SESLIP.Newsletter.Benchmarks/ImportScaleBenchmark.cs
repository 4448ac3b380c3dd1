using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Imports a generated archive into an empty SQLite file, one file at a time as <c>import</c> does (a
/// scope, a context and a transaction per file), and reports whether the pace holds to the last file: the mean
/// time per file over the first and the last 1,000, issues per second, and peak memory (docs/performance.md).
/// Each issue is the 2025 seed with its own number and date, and every publication retitled, so the library
/// grows by about 30 records an issue. Files are generated one at a time and never kept.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- import-scale [files]</code></summary>
public static class ImportScaleBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var window = Math.Min(1_000, files / 2);
        using var site = new NewsletterFactory { LoadDemoContent = false };
        await DatabaseSetup.MigrateAsync(site.Services);

        Console.WriteLine($"Importing {files:N0} generated issues into {site.DatabasePath}…");
        var times = new double[files];
        // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
        var cpu = new double[files];
        using var self = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        long peakManaged = 0;
        for (var i = 0; i < files; i++)
        {
            var text = GeneratedIssues.FromSeed(i);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var result = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportTextAsync(text, $"generated-{i:D5}.txt");
                if (result.Outcome != ImportOutcome.Imported)
                {
                    throw new InvalidOperationException($"File {i}: {result.Outcome} {result.Summary}");
                }
            }

            times[i] = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            cpu[i] = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if ((i + 1) % 250 == 0)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {i + 1,6:N0} files, {(i + 1) / total.Elapsed.TotalSeconds,5:N1} issues/s, last 250: {times[(i - 249)..(i + 1)].Average(),6:N1} ms/file ({cpu[(i - 249)..(i + 1)].Average(),5:N1} ms CPU), managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB"));
            }
        }

        var first = times[..window].Average();
        var last = times[^window..].Average();
        var firstCpu = cpu[..window].Average();
        var lastCpu = cpu[^window..].Average();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Files:                     {files:N0} in {total.Elapsed.TotalMinutes:N1} min
            Issues per second:         {files / total.Elapsed.TotalSeconds:N1}
            First {window:N0}:               {first:N1} ms per file
            Last {window:N0}:                {last:N1} ms per file ({last / first:N2}× the first)
            CPU, first {window:N0}:          {firstCpu:N1} ms per file
            CPU, last {window:N0}:           {lastCpu:N1} ms per file ({lastCpu / firstCpu:N2}× the first)
            Peak working set:          {self.PeakWorkingSet64 / 1048576.0:N0} MB
            Peak managed heap sampled: {peakManaged / 1048576.0:N0} MB
            Database file:             {new FileInfo(site.DatabasePath).Length / 1048576.0:N0} MB
            """));
    }
}
