using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Import.Fixtures;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The <c>import</c> command as an operator uses it on a folder of the archive: a dry run, a
/// replacement of updates the parser now reads better, and the closing table.</summary>
public sealed class ImportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private readonly string _folder = Directory.CreateTempSubdirectory("seslip-import-").FullName;

    public Task InitializeAsync() => DatabaseSetup.MigrateAsync(_factory.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_dry_run_reports_every_file_and_leaves_the_database_file_byte_for_byte_the_same()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-0454.txt"), DemoContent.Read(DemoContent.Update454));
        await File.WriteAllTextAsync(Path.Combine(_folder, "b-0377.txt"), ArchiveFixtures.Read(ArchiveFixtures.LayoutB));
        await File.WriteAllTextAsync(Path.Combine(_folder, "c-shopping.txt"), "eggs\nmilk\n");
        var before = Checksum();

        var (code, output, _) = await RunAsync("import", "--dry-run", _folder);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("Would import Update no 454", output, StringComparison.Ordinal);
        Assert.Contains("Would import Update no 377", output, StringComparison.Ordinal);
        Assert.Matches(@"line \d+: ", output);
        Assert.Contains("c-shopping.txt", output, StringComparison.Ordinal);
        Assert.Equal(before, Checksum());
        await using var db = _factory.CreateDbContext();
        Assert.Equal(0, await db.Updates.CountAsync());
    }

    /// <summary>The database file and its write-ahead log, after every connection has closed (which folds the
    /// log into the file), so any write at all would change the result.</summary>
    private string Checksum()
    {
        SqliteConnection.ClearAllPools();
        var wal = _factory.DatabasePath + "-wal";
        var bytes = File.ReadAllBytes(_factory.DatabasePath).Concat(File.Exists(wal) ? File.ReadAllBytes(wal) : []).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.ExecuteAsync(_factory.Services, CommandLine.Parse(args)!, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
