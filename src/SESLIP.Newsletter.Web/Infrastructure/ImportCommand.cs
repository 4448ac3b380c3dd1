using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary><c>import &lt;file-or-folder&gt; [...]</c>: brings legacy plain-text updates in, one transaction per
/// file, and reports every line the importer could not place so an editor can fix it by hand.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Arguments.Count == 0)
        {
            await context.Error.WriteLineAsync("Usage: import <file-or-folder> [...]  (a folder: every *.txt in it, by name)");
            return ExitCodes.Usage;
        }

        var files = new List<string>();
        var missing = false;
        foreach (var argument in context.Arguments)
        {
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
                await context.Error.WriteLineAsync($"{argument}: no such file or folder.");
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
            var text = await File.ReadAllTextAsync(file, context.CancellationToken);
            var result = await importer.ImportTextAsync(text, file, context.CancellationToken);

            var number = result.UpdateNumber is int n ? $"Update no {n}" : "no update";
            await context.Output.WriteLineAsync($"{file}: {result.Outcome} ({number}) {result.Summary}");
            foreach (var note in result.Notes)
            {
                await context.Output.WriteLineAsync($"  line {note.Line}: {note.Message}: {note.Text}");
            }

            if (result.Failed)
            {
                failed++;
            }
        }

        await context.Output.WriteLineAsync($"{files.Count} file(s), {files.Count - failed} imported or unchanged, {failed} failed.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
