using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary><c>import &lt;file-or-folder&gt; [...]</c>: brings legacy plain-text updates in, one transaction per
/// file, and reports every line the importer could not place so an editor can fix it by hand.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Arguments.All(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            await context.Error.WriteLineAsync("Usage: import [--dry-run] [--replace] <file-or-folder> [...]  (a folder: every *.txt in it, by name)");
            return ExitCodes.Usage;
        }

        var options = new ImportOptions(
            DryRun: context.Arguments.Contains("--dry-run", StringComparer.Ordinal),
            Replace: context.Arguments.Contains("--replace", StringComparer.Ordinal));
        var files = new List<string>();
        var missing = false;
        foreach (var given in context.Arguments.Where(a => a is not ("--dry-run" or "--replace")))
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

        var failed = 0;
        foreach (var file in files)
        {
            // A fresh scope per file: one bad file must not leave tracked entities behind for the next.
            await using var scope = context.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
            var result = await importer.ImportFileAsync(file, options, context.CancellationToken);

            var number = result.UpdateNumber is int n ? $"Update no {n}" : "no update";
            await context.Output.WriteLineAsync($"{file}: {result.Outcome} ({number}) {result.Summary}");
            foreach (var note in result.Notes)
            {
                await context.Output.WriteLineAsync(note.Text.Length > 0 ? $"  line {note.Line}: {note.Message}: {note.Text}" : $"  line {note.Line}: {note.Message}");
            }

            if (result.Failed)
            {
                failed++;
            }
        }

        await context.Output.WriteLineAsync($"{files.Count} file(s), {files.Count - failed} imported or unchanged, {failed} failed.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
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
