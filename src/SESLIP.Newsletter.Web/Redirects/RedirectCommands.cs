using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Web.Redirects;

/// <summary>The <c>redirects</c> command: <c>import &lt;file.csv&gt;</c> loads the old site's addresses, <c>list</c>
/// prints the table. An import is all or nothing: with any bad row nothing is saved, so the file is fixed and run
/// again; a row already in the table unchanged is left alone, so running it twice changes nothing.</summary>
public sealed class RedirectCommands(NewsletterDbContext db, EditorialChanges changes)
{
    public static Task<int> RunVerbAsync(CommandContext context) =>
        context.Services.GetRequiredService<RedirectCommands>().RunAsync(context.Arguments, context.Output, context.Error, context.CancellationToken);

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        switch (args.Count > 0 ? args[0].ToLowerInvariant() : "")
        {
            case "import" when args.Count == 2:
                return await ImportAsync(args[1], output, error, cancellationToken);
            case "list" when args.Count == 1:
                return await ListAsync(output, cancellationToken);
            default:
                await error.WriteLineAsync("Usage: redirects import <file.csv> | redirects list");
                return ExitCodes.Usage;
        }
    }

    private async Task<int> ImportAsync(string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file {path}.");
            return ExitCodes.Failed;
        }

        RedirectCsv.Result file;
        using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
        {
            file = RedirectCsv.Read(reader);
        }

        if (file.Problems.Count > 0)
        {
            foreach (var problem in file.Problems)
            {
                await error.WriteLineAsync($"{Path.GetFileName(path)} {problem}");
            }

            await error.WriteLineAsync($"Nothing was imported: fix the {file.Problems.Count} line(s) above and run the import again.");
            return ExitCodes.Failed;
        }

        var existing = await db.Redirects.ToDictionaryAsync(r => r.OldPath, StringComparer.Ordinal, cancellationToken);
        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in file.Rows)
        {
            if (!existing.TryGetValue(row.OldPath, out var redirect))
            {
                db.Redirects.Add(new Redirect { OldPath = row.OldPath, NewPath = row.NewPath });
                added++;
            }
            else if (redirect.NewPath != row.NewPath)
            {
                redirect.NewPath = row.NewPath;
                changed++;
            }
            else
            {
                unchanged++;
            }
        }

        var summary = $"{added} added, {changed} changed, {unchanged} already as in the file";
        if (added + changed > 0)
        {
            var outcome = await changes.SaveAsync(
                ChangeNote.Of("Imported", nameof(Redirect), Path.GetFileName(path), $"Redirects from {Path.GetFileName(path)}: {summary}"),
                cancellationToken: cancellationToken);
            if (outcome != SaveOutcome.Saved)
            {
                await error.WriteLineAsync("Someone changed the redirects while the file was imported; nothing was imported. Run the import again.");
                return ExitCodes.Failed;
            }
        }

        await output.WriteLineAsync($"Redirects: {summary}. A running site uses them within {RedirectTable.Lifetime.TotalMinutes:0} minutes.");
        return ExitCodes.Success;
    }

    private async Task<int> ListAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var rows = await db.Redirects.AsNoTracking().OrderBy(r => r.OldPath).Select(r => new { r.OldPath, r.NewPath }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("No redirects.");
        }

        foreach (var row in rows)
        {
            await output.WriteLineAsync($"{row.OldPath}\t{row.NewPath}");
        }

        return ExitCodes.Success;
    }
}
