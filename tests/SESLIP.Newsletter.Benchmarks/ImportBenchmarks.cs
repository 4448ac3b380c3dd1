using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Importing both seed issues (parse and save) into an empty, migrated SQLite file.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks : IDisposable
{
    private NewsletterFactory _site = null!;
    private string _emptyDatabase = "";
    private string[] _texts = [];

    [GlobalSetup]
    public async Task Setup()
    {
        _site = new NewsletterFactory { LoadDemoContent = false };
        await DatabaseSetup.MigrateAsync(_site.Services);
        _texts = [.. DemoContent.Names.Select(DemoContent.Read)];

        SqliteConnection.ClearAllPools();
        _emptyDatabase = _site.DatabasePath + ".empty";
        File.Copy(_site.DatabasePath, _emptyDatabase, overwrite: true);
    }

    /// <summary>Includes copying a 200 KB empty database into place, so every run imports for real
    /// rather than finding the updates already there.</summary>
    [Benchmark]
    public async Task<int> ImportBothSeedIssues()
    {
        SqliteConnection.ClearAllPools();
        File.Copy(_emptyDatabase, _site.DatabasePath, overwrite: true);
        File.Delete(_site.DatabasePath + "-wal");
        File.Delete(_site.DatabasePath + "-shm");

        var imported = 0;
        await using var scope = _site.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        foreach (var (text, name) in _texts.Zip(DemoContent.Names))
        {
            var result = await importer.ImportTextAsync(text, name);
            if (result.Outcome != ImportOutcome.Imported)
            {
                throw new InvalidOperationException($"{name}: {result.Outcome} {result.Summary}");
            }

            imported++;
        }

        return imported;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _site.Dispose();
        GC.SuppressFinalize(this);
    }
}
