using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary><c>import [--dry-run] [--replace] &lt;file-or-folder&gt; [...]</c>: brings legacy plain-text updates in,
/// one transaction (and one database context) per file, prints every line the importer could not place so an
/// editor can fix it, and ends with a table of what happened to each file.</summary>
public static class ImportCommand
{
    public const string Usage = "Usage: import [--dry-run] [--replace] <file-or-folder> [...]  (a folder: every *.txt in it, by name)";

    public static async Task<int> RunAsync(CommandContext context)
    {
        var switches = context.Arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var paths = context.Arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = switches.Except(["--dry-run", "--replace"], StringComparer.Ordinal).FirstOrDefault();
        if (paths.Count == 0 || unknown is not null)
        {
            if (unknown is not null)
            {
                await context.Error.WriteLineAsync($"Unknown option {unknown}.");
            }

            await context.Error.WriteLineAsync(Usage);
            return ExitCodes.Usage;
        }

        var options = new ImportOptions(DryRun: switches.Contains("--dry-run"), Replace: switches.Contains("--replace"));
        var files = new List<string>();
        var missing = false;
        foreach (var given in paths)
        {
            var argument = Locate(given);
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*.txt").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else
            {
                await context.Error.WriteLineAsync($"{given}: no such file or folder.");
                missing = true;
            }
        }

        if (missing)
        {
            return ExitCodes.Failed;
        }

        if (files.Count == 0)
        {
            await context.Error.WriteLineAsync("No *.txt files to import.");
            return ExitCodes.Failed;
        }

        var progress = new ImportProgress(context.Output, ImportProgress.IsTerminal(context.Output), files.Count);
        var rows = new List<ImportTableRow>(files.Count);
        foreach (var file in files)
        {
            // A fresh scope per file: its own context and change tracker, so one file's entities never weigh
            // on the next and a bad file leaves nothing behind.
            await using var scope = context.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
            var result = await importer.ImportFileAsync(file, options, context.CancellationToken);
            rows.Add(ImportTableRow.Of(result));

            var number = result.UpdateNumber is int n ? $"Update no {n}" : "no update";
            await progress.WriteLinesAsync(
                new[] { $"{file}: {ImportTableRow.Word(result)} ({number}) {result.Summary}" }.Concat(result.Notes.Select(note =>
                    note.Text.Length > 0 ? $"  line {note.Line}: {note.Message}: {note.Text}" : $"  line {note.Line}: {note.Message}")));
            await progress.AdvanceAsync();
        }

        await progress.FinishAsync();
        foreach (var line in ImportTableRow.Table(rows, progress.Elapsed, options.DryRun))
        {
            await context.Output.WriteLineAsync(line);
        }

        return rows.Any(r => r.Outcome == ImportOutcome.Failed) ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary><c>dotnet run --project</c> starts the app in the project's folder, so a relative path is
    /// also tried against the folder the command was typed in (the shell's PWD).</summary>
    private static string Locate(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        var fromShell = string.IsNullOrEmpty(shellDirectory) ? path : Path.GetFullPath(Path.Combine(shellDirectory, path));
        return File.Exists(fromShell) || Directory.Exists(fromShell) ? fromShell : path;
    }
}
