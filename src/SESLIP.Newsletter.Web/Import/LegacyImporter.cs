using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Configurations;
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

        var existing = await db.Updates.AsNoTracking().Where(u => u.Number == parsed.Number).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null && !options.Replace)
        {
            return new ImportResult(source, ImportOutcome.Unchanged, parsed.Number,
                $"Update no {parsed.Number} is already in the database; nothing changed (--replace reads it again).", []) { DryRun = options.DryRun };
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                // A dry run opens no transaction and saves nothing, so the database file is never touched.
                await using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(ct);
                var result = await WriteAsync(text, source, parsed, existing, options.DryRun, ct);
                if (transaction is not null && result.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced)
                {
                    await transaction.CommitAsync(ct);
                    LogImported(parsed.Number, source, result.Outcome);
                }

                return result with { DryRun = options.DryRun };
            }, cancellationToken);
        }
        catch (LinesLostException ex)
        {
            LogLinesLost(parsed.Number, source, ex.Lost.Count);
            return LinesLost(source, parsed, ex) with { DryRun = options.DryRun };
        }
        catch (DbUpdateException ex)
        {
            LogRolledBack(ex, parsed.Number, source);
            return Failed(source, parsed.Number, 0,
                $"The database refused update no {parsed.Number}; nothing was saved. {ex.InnerException?.Message ?? ex.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Adds the update (or, for <paramref name="existingId"/>, replaces its content in place, keeping
    /// its row, address and publication time) with its import report, and checks that no line was lost.
    /// Saves only when not <paramref name="dryRun"/>; the caller commits.</summary>
    private async Task<ImportResult> WriteAsync(string text, string source, ParsedUpdate parsed, int? existingId, bool dryRun, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Update? old = null;
        ImportReport? oldReport = null;
        if (existingId is int id)
        {
            old = await db.Updates.Include(u => u.Items).Include(u => u.Meetings).Include(u => u.Publications).Include(u => u.Contacts)
                .Include(u => u.Corrections).AsSplitQuery().SingleAsync(u => u.Id == id, ct);
            oldReport = await db.ImportReports.Include(r => r.Lines).SingleOrDefaultAsync(r => r.UpdateId == id, ct);
            if (ChangedSinceImport(old, oldReport) is { } reason)
            {
                return Failed(source, parsed.Number, 0, $"Refused to replace update no {parsed.Number}: {reason} Nothing was imported.");
            }
        }

        var writer = new ImportWriter(db, parsed, now);
        var stats = await writer.WriteAsync(ct, addUpdate: old is null);
        var fresh = writer.Written!;
        var lost = ContentAccount.FindLost(text, parsed, fresh);
        if (lost.Count > 0)
        {
            throw new LinesLostException(lost);
        }

        var hash = UpdateContentHash.Of(fresh);
        if (oldReport is not null && hash == oldReport.ContentHash)
        {
            return new ImportResult(source, ImportOutcome.Unchanged, parsed.Number,
                $"Update no {parsed.Number} reads exactly as when it was imported; nothing changed.", parsed.Notes) { EndedEarly = parsed.EndedEarly };
        }

        var outcome = old is null ? ImportOutcome.Imported : ImportOutcome.Replaced;
        var summary = (dryRun ? (old is null ? "Would import " : "Would replace ") : old is null ? "" : "Replaced ") + Describe(parsed, stats);
        if (dryRun)
        {
            return new ImportResult(source, outcome, parsed.Number, summary, parsed.Notes) { EndedEarly = parsed.EndedEarly };
        }

        var update = fresh;
        if (old is not null)
        {
            // The old parts go first, in their own save: the new items may reuse their anchors.
            db.RemoveRange(old.Items);
            db.RemoveRange(old.Meetings);
            db.RemoveRange(old.Publications);
            db.RemoveRange(old.Contacts);
            db.ImportReports.Remove(oldReport!);
            old.IssueDate = fresh.IssueDate;
            old.Intro = fresh.Intro;
            old.Layout = fresh.Layout;
            old.UpdatedAtUtc = now > old.UpdatedAtUtc ? now : old.UpdatedAtUtc.AddTicks(1);
            await db.SaveChangesAsync(ct);
            old.Items = fresh.Items;
            old.Meetings = fresh.Meetings;
            old.Publications = fresh.Publications;
            old.Contacts = fresh.Contacts;
            update = old;
        }

        db.ImportReports.Add(new ImportReport
        {
            Update = update,
            SourceFile = Truncate(Path.GetFileName(source), Limits.Name),
            ImportedAtUtc = now,
            Layout = parsed.SourceLayout.ToString(),
            LayoutEvidence = Truncate(parsed.LayoutEvidence, Limits.Line),
            EndedEarly = parsed.EndedEarly,
            SourceHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            ContentHash = hash,
            // The version the save below leaves: adding parts does not change the update's own row.
            UpdateVersion = update.Version,
            UpdateStampUtc = update.UpdatedAtUtc,
            Lines = [.. parsed.Notes.Select((n, i) => new ImportReportLine
            {
                Position = i,
                Line = n.Line,
                Reason = Truncate(n.Message, Limits.Line),
                Text = Truncate(n.Text, Limits.LongText),
                IsGuess = n.IsGuess,
            })],
        });
        await db.SaveChangesAsync(ct);
        return new ImportResult(source, outcome, parsed.Number, summary, parsed.Notes) { EndedEarly = parsed.EndedEarly };
    }

    /// <summary>Why an existing update may hold an editor's work, or null when it is exactly as its last import
    /// left it (same version, same last-changed stamp, same content).</summary>
    private static string? ChangedSinceImport(Update update, ImportReport? report)
    {
        if (report is null)
        {
            return "it has no import report, so it was written in the editor or imported before reports were kept, and may hold an editor's work.";
        }

        if (update.Version != report.UpdateVersion || update.UpdatedAtUtc != report.UpdateStampUtc
            || update.Corrections.Count > 0 || UpdateContentHash.Of(update) != report.ContentHash)
        {
            var changed = LondonClock.ToLocal(update.UpdatedAtUtc);
            return $"it was changed in the editor after it was imported from {report.SourceFile} (last changed {changed:d MMMM yyyy HH:mm}); replacing it would lose that work. Correct it in the editor instead.";
        }

        return null;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static ImportResult LinesLost(string source, ParsedUpdate parsed, LinesLostException ex)
    {
        var lines = string.Join("; ", ex.Lost.Take(10).Select(l => $"line {l.Line} \"{Shorten(l.Text)}\""));
        return Failed(source, parsed.Number, 0,
            $"Refused update no {parsed.Number}: the importer would have dropped {ex.Lost.Count} line(s) without reporting them ({lines}). " +
            "Nothing was imported; the importer needs fixing for this layout.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outcome} update {Number} from {Source}")]
    private partial void LogImported(int number, string source, ImportOutcome outcome);

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
