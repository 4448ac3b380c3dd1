using System.Globalization;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>One file's line in the closing table: small, so 10,000 of them cost nothing to keep.</summary>
public sealed record ImportTableRow(string File, int? Number, ImportOutcome Outcome, bool DryRun, int LinesToCheck, int Guesses, bool EndedEarly)
{
    public static ImportTableRow Of(ImportResult r) =>
        new(Path.GetFileName(r.Source), r.UpdateNumber, r.Outcome, r.DryRun, r.Notes.Count, r.Guesses, r.EndedEarly);

    public static string Word(ImportResult r) => Word(r.Outcome, r.DryRun);

    private static string Word(ImportOutcome outcome, bool dryRun) => (outcome, dryRun) switch
    {
        (ImportOutcome.Imported, false) => "Imported",
        (ImportOutcome.Imported, true) => "Would import",
        (ImportOutcome.Replaced, false) => "Replaced",
        (ImportOutcome.Replaced, true) => "Would replace",
        (ImportOutcome.Unchanged, _) => "Unchanged",
        _ => "Refused",
    };

    /// <summary>The closing table: one row per file, then the totals.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<ImportTableRow> rows, TimeSpan elapsed, bool dryRun)
    {
        var width = Math.Max("File".Length, rows.Max(r => r.File.Length));
        string Row(string file, string number, string outcome, string lines, string guesses, string early) =>
            $"{file.PadRight(width)}  {number,6}  {outcome,-13}  {lines,14}  {guesses,7}  {early}".TrimEnd();

        var rate = elapsed.TotalSeconds > 0 ? rows.Count / elapsed.TotalSeconds : 0;
        yield return "";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} file(s) in {ImportProgress.Duration(elapsed)} ({rate:0.0} files/s){(dryRun ? "; dry run, nothing was written" : "")}:");
        yield return Row("File", "Update", "Outcome", "Lines to check", "Guesses", "Ended early");
        foreach (var r in rows)
        {
            var read = r.Outcome != ImportOutcome.Failed;
            yield return Row(r.File, r.Number?.ToString(CultureInfo.InvariantCulture) ?? "-", Word(r.Outcome, r.DryRun),
                read ? r.LinesToCheck.ToString(CultureInfo.InvariantCulture) : "-", read ? r.Guesses.ToString(CultureInfo.InvariantCulture) : "-",
                r.EndedEarly ? "yes" : "");
        }

        var imported = rows.Count(r => r.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced);
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{(dryRun ? "Would import" : "Imported")} {imported} (replaced {rows.Count(r => r.Outcome == ImportOutcome.Replaced)}), " +
            $"unchanged or already imported {rows.Count(r => r.Outcome == ImportOutcome.Unchanged)}, " +
            $"ended early {rows.Count(r => r.EndedEarly && r.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced)}, " +
            $"refused {rows.Count(r => r.Outcome == ImportOutcome.Failed)}; " +
            $"{rows.Where(r => r.Outcome != ImportOutcome.Failed).Sum(r => r.LinesToCheck)} line(s) to check.");
    }
}
