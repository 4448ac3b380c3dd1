using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>Brings plain-text Friday Updates (both layouts) into the database: the update itself with
/// its edition copies, and the living directory, matching records that already exist. One transaction
/// per file; an update number already present is left exactly as it is.</summary>
public sealed partial class LegacyImporter(NewsletterDbContext db, TimeProvider clock, ILogger<LegacyImporter> logger)
{
    public Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        ImportFileAsync(path, ImportOptions.Default, cancellationToken);

    public Task<ImportResult> ImportTextAsync(string text, string source, CancellationToken cancellationToken = default) =>
        ImportTextAsync(text, source, ImportOptions.Default, cancellationToken);

    public async Task<ImportResult> ImportFileAsync(string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ImportInput.MaxBytes)
            {
                return Failed(path, null, 0, $"The file is {info.Length / 1024:N0} KB; a Friday Update is far smaller (the limit is {ImportInput.MaxBytes / 1024 / 1024} MB). Nothing was imported.");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, null, 0, $"Cannot read the file: {ex.Message}");
        }

        var (text, refusal, windows1252) = ImportInput.Decode(bytes);
        if (text is null)
        {
            return Failed(path, null, 0, refusal!);
        }

        var result = await ImportTextAsync(text, path, options, cancellationToken);
        return windows1252 && result.Outcome == ImportOutcome.Imported
            ? result with { Summary = result.Summary + " The file was not UTF-8 and was read as Windows-1252." }
            : result;
    }

    public async Task<ImportResult> ImportTextAsync(string text, string source, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (ImportInput.Check(text) is { } refusal)
        {
            return Failed(source, null, 0, refusal);
        }

        text = TextInput.Clean(text);
        ParsedUpdate parsed;
        try
        {
            parsed = LegacyParser.Parse(text);
        }
        catch (ImportFormatException ex)
        {
            return Failed(source, null, ex.Line, ex.Message);
        }

        if (await db.Updates.AnyAsync(u => u.Number == parsed.Number, cancellationToken))
        {
            return new ImportResult(source, ImportOutcome.Unchanged, parsed.Number,
                $"Update no {parsed.Number} is already in the database; nothing changed.", []) { DryRun = options.DryRun };
        }

        if (options.DryRun)
        {
            return await DryRunAsync(text, source, parsed, cancellationToken);
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var stats = await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var writer = new ImportWriter(db, parsed, clock.GetUtcNow().UtcDateTime);
                var stats = await writer.WriteAsync(ct);
                var lost = ContentAccount.FindLost(text, parsed, writer.Written!);
                if (lost.Count > 0)
                {
                    throw new LinesLostException(lost);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return stats;
            }, cancellationToken);

            LogImported(parsed.Number, source, stats);
            return Imported(source, parsed, Describe(parsed, stats));
        }
        catch (LinesLostException ex)
        {
            db.ChangeTracker.Clear();
            LogLinesLost(parsed.Number, source, ex.Lost.Count);
            return LinesLost(source, parsed, ex);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            LogRolledBack(ex, parsed.Number, source);
            return Failed(source, parsed.Number, 0,
                $"The database refused update no {parsed.Number}; nothing was saved. {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    /// <summary>Everything an import does short of writing: the directory is read so the report says what
    /// would be matched or created, the no-silent-loss check runs on the entities that would be saved, and
    /// then the change tracker is emptied. No transaction is opened, so the database file is never touched.</summary>
    private async Task<ImportResult> DryRunAsync(string text, string source, ParsedUpdate parsed, CancellationToken cancellationToken)
    {
        try
        {
            var writer = new ImportWriter(db, parsed, clock.GetUtcNow().UtcDateTime);
            var stats = await writer.WriteAsync(cancellationToken);
            var lost = ContentAccount.FindLost(text, parsed, writer.Written!);
            if (lost.Count > 0)
            {
                return LinesLost(source, parsed, new LinesLostException(lost)) with { DryRun = true };
            }

            return Imported(source, parsed, "Would import " + Describe(parsed, stats)) with { DryRun = true };
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static ImportResult Imported(string source, ParsedUpdate parsed, string summary) =>
        new(source, ImportOutcome.Imported, parsed.Number, summary, parsed.Notes) { EndedEarly = parsed.EndedEarly };

    private static ImportResult LinesLost(string source, ParsedUpdate parsed, LinesLostException ex)
    {
        var lines = string.Join("; ", ex.Lost.Take(10).Select(l => $"line {l.Line} \"{Shorten(l.Text)}\""));
        return Failed(source, parsed.Number, 0,
            $"Refused update no {parsed.Number}: the importer would have dropped {ex.Lost.Count} line(s) without reporting them ({lines}). " +
            "Nothing was imported; the importer needs fixing for this layout.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported update {Number} from {Source}: {Stats}")]
    private partial void LogImported(int number, string source, ImportStats stats);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of update {Number} from {Source} refused: {Count} line(s) would have been lost")]
    private partial void LogLinesLost(int number, string source, int count);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of update {Number} from {Source} was rolled back")]
    private partial void LogRolledBack(Exception exception, int number, string source);

    private static ImportResult Failed(string source, int? number, int line, string message) =>
        new(source, ImportOutcome.Failed, number, line > 0 ? $"Line {line}: {message} Nothing was imported." : message, []);

    private static string Describe(ParsedUpdate parsed, ImportStats stats)
    {
        var news = parsed.Items.Count(i => i.Section == Domain.ItemSection.News);
        var guesses = parsed.Notes.Count(n => n.IsGuess);
        return $"Update no {parsed.Number} ({parsed.IssueDate:d MMMM yyyy}, {parsed.LayoutEvidence}): " +
            $"{parsed.Items.Count} items ({news} news, {parsed.Items.Count - news} reminders), {parsed.Meetings.Count} meeting lines, " +
            $"{parsed.Tools.Count} Tools & Templates lines, {parsed.Contacts.Count} contacts. Directory: {stats}. " +
            $"{parsed.Notes.Count} line(s) to check, {guesses} of them guesses." +
            (parsed.EndedEarly ? " The file ends early: everything it has was imported." : "");
    }
}

public sealed record ImportStats(int Networks, int Meetings, int Publications, int Contacts, int Organisations)
{
    public override string ToString() =>
        $"{Networks} new networks, {Meetings} new meetings, {Publications} new publications, {Contacts} new contacts, {Organisations} new organisations";
}
