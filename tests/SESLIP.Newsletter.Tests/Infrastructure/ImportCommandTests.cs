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
    // The scheduler's lease is written once as the site starts and not renewed during a test, and the
    // sender is off: the only writes the dry-run test could see are the import's own.
    private readonly NewsletterFactory _factory = new()
    {
        LoadDemoContent = false,
        Settings = { ["Sending:Enabled"] = "false", ["Leases:Duration"] = "02:00:00", ["Leases:RenewEvery"] = "01:00:00" },
    };
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
        await WhenLeaseTakenAsync();
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

    [Fact]
    public async Task The_closing_table_counts_ended_early_unchanged_and_replaced_files()
    {
        var early = Path.Combine(_folder, "a-ends-early.txt");
        var seed = Path.Combine(_folder, "b-0454.txt");
        await File.WriteAllTextAsync(early, ArchiveFixtures.Read(ArchiveFixtures.EndsEarly));
        await File.WriteAllTextAsync(seed, DemoContent.Read(DemoContent.Update454));

        var (first, output, _) = await RunAsync("import", _folder);

        Assert.Equal(ExitCodes.Success, first);
        Assert.Matches(@"\na-ends-early\.txt\s+\d+  Imported\s+\d+\s+\d+  yes\n", output);
        Assert.Matches(@"\nImported 2 \(replaced 0\), unchanged or already imported 0, ended early 1, refused 0; \d+ line\(s\) to check\.\n$", output);

        // The parser reads one file better now: --replace takes the new reading and leaves the other alone.
        await File.WriteAllTextAsync(seed, DemoContent.Read(DemoContent.Update454)
            .Replace("Our Regional Improvement Plan", "A paragraph read at last.\n\nOur Regional Improvement Plan", StringComparison.Ordinal));

        var (second, again, _) = await RunAsync("import", "--replace", _folder);

        Assert.Equal(ExitCodes.Success, second);
        Assert.Contains($"{seed}: Replaced (Update no 454) Replaced Update no 454", again, StringComparison.Ordinal);
        Assert.Matches(@"\na-ends-early\.txt\s+\d+  Unchanged\s+\d+\s+\d+  yes\n", again);
        Assert.Matches(@"\nb-0454\.txt\s+454  Replaced\s+\d+\s+\d+\n", again);
        Assert.Matches(@"\nImported 1 \(replaced 1\), unchanged or already imported 1, ended early 0, refused 0; \d+ line\(s\) to check\.\n$", again);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_the_usage()
    {
        var (code, _, error) = await RunAsync("import", "--force", _folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Unknown option --force.", error, StringComparison.Ordinal);
        Assert.Contains(ImportCommand.Usage, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_the_progress_line_is_rewritten_in_place_under_the_file_lines()
    {
        using var output = new StringWriter();
        var progress = new ImportProgress(output, interactive: true, total: 2);

        await progress.WriteLinesAsync(["a.txt: Imported"]);
        await progress.AdvanceAsync();
        await progress.WriteLinesAsync(["b.txt: Imported"]);
        await progress.AdvanceAsync();
        await progress.FinishAsync();

        var text = output.ToString();
        Assert.Matches(@"^a\.txt: Imported\n\rImporting 1 of 2 files, \d+\.\d files/s, (about \d+ s left|time left not yet known)\r +\rb\.txt: Imported\n\rImporting 2 of 2 files, [^\r\n]+\r +\r$",
            text.Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 10, 0, "Importing 0 of 10 files, 0.0 files/s, time left not yet known")]
    [InlineData(5, 10, 2, "Importing 5 of 10 files, 2.5 files/s, about 2 s left")]
    [InlineData(100, 690, 20, "Importing 100 of 690 files, 5.0 files/s, about 1 min 58 s left")]
    public void The_progress_line_gives_files_done_of_total_rate_and_time_left(int done, int total, int seconds, string expected) =>
        Assert.Equal(expected, ImportProgress.Line(done, total, TimeSpan.FromSeconds(seconds)));

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

    /// <summary>Waits (generously: a busy machine starts background work late) for the scheduler's lease.</summary>
    private async Task WhenLeaseTakenAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            await using (var db = _factory.CreateDbContext())
            {
                if (await db.Leases.AnyAsync(l => l.Owner != null))
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The scheduler took no lease within five minutes of the start.");
            await Task.Delay(100);
        }
    }
}
