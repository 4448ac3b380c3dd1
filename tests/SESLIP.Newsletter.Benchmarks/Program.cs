using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SESLIP.Newsletter.Benchmarks;

// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- [--quick] [--filter *Import*]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- search [updates] [items per update] [--keep file]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- email [subscribers]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- login [attempts per case]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- load [seconds] [readers] [writers]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- import-scale [files]
// dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- pages [updates] [items per update] [publications] [--seconds s]
switch (args.FirstOrDefault())
{
    case "search":
        await SearchBenchmark.RunAsync(args);
        return;
    case "login":
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await LoginTimingBenchmark.RunAsync(args);
        return;
    case "load":
        await LoadBenchmark.RunAsync(args);
        return;
    case "email":
        // As below: the test host looks for the site's content root from the build output.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await EmailBenchmark.RunAsync(args);
        return;
    case "pages":
        // The test host finds the site's content root from the build output, as below.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await PagesBenchmark.RunAsync(args);
        return;
    case "import-scale":
        // The test host finds the site's content root from the build output, as below.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await ImportScaleBenchmark.RunAsync(args);
        return;
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToList();
if (!rest.Contains("--filter"))
{
    // BenchmarkDotNet otherwise asks which benchmark to run, and CI has no one to answer.
    rest.AddRange(["--filter", "*"]);
}

// The test host finds the site's content root through a manifest it looks for in the current directory,
// which is the build output when tests run; make it so here too, keeping the reports where the command ran.
var artifacts = Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

// In-process: the benchmarks share the test host and the repository's build settings, which a generated
// side project would not build under (warnings are errors here).
var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.OperationsPerSecond)
    .WithArtifactsPath(artifacts);

BenchmarkSwitcher.FromAssembly(typeof(ImportBenchmarks).Assembly).Run([.. rest], config);
