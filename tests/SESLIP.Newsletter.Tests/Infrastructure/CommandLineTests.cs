using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using SESLIP.Newsletter.Web.Import;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("seslip-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("")]
    [InlineData("--urls=http://localhost:5080")]
    [InlineData("--environment Development")]
    [InlineData("Database:Provider=SqlServer")]
    public void Arguments_without_a_command_serve_the_site(string commandLine) =>
        Assert.Null(CommandLine.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void Command_arguments_never_reach_the_host_configuration()
    {
        var invocation = CommandLine.Parse(["import", "/data/updates", "--Database:Provider=Sqlite", "b.txt"])!;

        Assert.Equal("import", invocation.Verb);
        Assert.Equal(["/data/updates", "b.txt"], invocation.Arguments);
        Assert.Equal(["--Database:Provider=Sqlite"], invocation.HostArgs);
    }

    [Fact]
    public void Host_configuration_would_misread_a_rooted_path_which_is_why_commands_keep_their_arguments()
    {
        // What WebApplication.CreateBuilder would make of `import /data/updates b.txt` if it saw all of it:
        // a bare word is ignored, but a rooted path reads as a "--data/updates" switch that swallows b.txt.
        var configuration = new ConfigurationBuilder().AddCommandLine(["import", "/data/updates", "b.txt"]).Build();

        Assert.Equal("b.txt", configuration["data/updates"]);
        Assert.Null(configuration["import"]);
    }

    [Fact]
    public async Task Unknown_command_prints_the_commands_and_exits_with_2()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        var (code, _, error) = await RunAsync(factory, "imprt", "x.txt");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Unknown command 'imprt'", error, StringComparison.Ordinal);
        Assert.Contains("import [--dry-run] [--replace] <file-or-folder>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_missing_file_says_so_and_exits_with_1()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        var missing = Path.Combine(_folder, "nope.txt");

        var (code, _, error) = await RunAsync(factory, "import", missing);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains($"{missing}: no such file or folder.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_folder_imports_every_txt_file_in_name_order()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        await File.WriteAllTextAsync(Path.Combine(_folder, "b-0654.txt"), DemoContent.Read(DemoContent.Update654));
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-0454.txt"), DemoContent.Read(DemoContent.Update454));
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.md"), "not an update");

        var (code, output, _) = await RunAsync(factory, "import", _folder);

        // Redirected output: plain lines, no progress line rewritten in place.
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summaries = lines.Where(l => l.StartsWith(_folder, StringComparison.Ordinal)).ToList();
        var notes = lines.Where(l => l.StartsWith(' ')).ToList();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(2, summaries.Count);
        Assert.StartsWith(Path.Combine(_folder, "a-0454.txt") + ": Imported (Update no 454)", summaries[0], StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_folder, "b-0654.txt") + ": Imported (Update no 654)", summaries[1], StringComparison.Ordinal);
        Assert.All(notes, note => Assert.Matches(@"^  line \d+: .+: .*$", note));

        // The closing table: one row per file with its lines to check, then the totals.
        var table = lines.SkipWhile(l => !l.StartsWith("2 file(s) in ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, table.Count);
        Assert.Matches(@"^2 file\(s\) in (\d+ min )?\d+ s \(\d+\.\d files/s\):$", table[0]);
        Assert.Matches(@"^File\s+Update  Outcome\s+Lines to check  Guesses  Ended early$", table[1]);
        var notesPerFile = lines.Select((l, i) => (l, i)).Where(x => summaries.Contains(x.l))
            .Select(x => lines.Skip(x.i + 1).TakeWhile(l => l.StartsWith(' ')).Count()).ToList();
        Assert.Matches($@"^a-0454\.txt\s+454  Imported\s+{notesPerFile[0]}\s+\d+$", table[2]);
        Assert.Matches($@"^b-0654\.txt\s+654  Imported\s+{notesPerFile[1]}\s+\d+$", table[3]);
        Assert.Equal($"Imported 2 (replaced 0), unchanged or already imported 0, ended early 0, refused 0; {notes.Count} line(s) to check.", table[4]);
    }

    [Fact]
    public async Task Import_exits_with_1_when_any_file_fails()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        var good = Path.Combine(_folder, "0454.txt");
        var bad = Path.Combine(_folder, "shopping.txt");
        await File.WriteAllTextAsync(good, DemoContent.Read(DemoContent.Update454));
        await File.WriteAllTextAsync(bad, "eggs\nmilk\n");

        var (code, output, _) = await RunAsync(factory, "import", good, bad);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains($"{bad}: Refused (no update) Line 1: Expected a header", output, StringComparison.Ordinal);
        Assert.Matches(@"\nshopping\.txt\s+-  Refused\s+-\s+-\n", output.ReplaceLineEndings("\n"));
        Assert.Matches(@"\nImported 1 \(replaced 0\), unchanged or already imported 0, ended early 0, refused 1; \d+ line\(s\) to check\.\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_site_executable_runs_a_command_and_exits_without_serving()
    {
        var web = Path.Combine(AppContext.BaseDirectory, "SESLIP.Newsletter.Web.dll");
        var database = Path.Combine(_folder, "cli.db");
        var info = new ProcessStartInfo("dotnet", ["exec", web, "import", Path.Combine(_folder, "missing.txt")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ConnectionStrings__Newsletter"] = $"Data Source={database}";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:1";

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // Starting a second .NET process is slow on a busy machine; the limit only stops a hung one.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ExitCodes.Failed, process.ExitCode);
        Assert.Contains("missing.txt: no such file or folder.", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await output + await error, StringComparison.Ordinal);
        Assert.True(File.Exists(database), "the command migrates the database before it runs");
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(NewsletterFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.ExecuteAsync(factory.Services, CommandLine.Parse(args)!, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
