using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The import report shown beside an imported update: where it came from and the lines to check.</summary>
public sealed class ImportReportModel
{
    public string SourceFile { get; init; } = "";
    public DateTime ImportedAtUtc { get; init; }
    public string Layout { get; init; } = "";
    public string LayoutEvidence { get; init; } = "";
    public bool EndedEarly { get; init; }
    public List<ImportReportLineRow> Lines { get; init; } = [];

    public int Guesses => Lines.Count(l => l.IsGuess);

    /// <summary>The report of update <paramref name="updateId"/>, or null for an update written in the editor.</summary>
    public static Task<ImportReportModel?> LoadAsync(NewsletterDbContext db, int updateId, CancellationToken cancellationToken) =>
        db.ImportReports.AsNoTracking()
            .Where(r => r.UpdateId == updateId)
            .Select(r => new ImportReportModel
            {
                SourceFile = r.SourceFile,
                ImportedAtUtc = r.ImportedAtUtc,
                Layout = r.Layout,
                LayoutEvidence = r.LayoutEvidence,
                EndedEarly = r.EndedEarly,
                Lines = r.Lines.OrderBy(l => l.Position).Select(l => new ImportReportLineRow(l.Line, l.Reason, l.Text, l.IsGuess)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
}
