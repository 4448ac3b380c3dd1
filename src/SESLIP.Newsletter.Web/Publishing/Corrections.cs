using System.Text.Json;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>A published update changes only through a correction: the edition as readers saw it is
/// kept as JSON beside the note, so nothing ever shown is lost.</summary>
public static class Corrections
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Adds the correction record; call before changing anything on the loaded update
    /// (its items, meetings, publications and contacts must be loaded).</summary>
    public static UpdateCorrection Record(Update update, string note, string by, DateTime nowUtc)
    {
        var correction = new UpdateCorrection
        {
            CorrectedAtUtc = nowUtc,
            Note = note.Trim(),
            CorrectedBy = by,
            PreviousContentJson = Snapshot(update),
        };
        update.Corrections.Add(correction);
        return correction;
    }

    /// <summary>A major correction adds the public note (and keeps the edition as it stood); a minor one adds
    /// nothing readers see: the audit entry <see cref="AuditNote"/> describes is its only record.</summary>
    public static UpdateCorrection? Record(Update update, string note, CorrectionKind kind, string by, DateTime nowUtc) =>
        kind == CorrectionKind.Minor ? null : Record(update, note, by, nowUtc);

    /// <summary>The audit entry's action and summary for a correction of <paramref name="what"/>.</summary>
    public static (string Action, string Summary) AuditNote(CorrectionKind kind, string what, string note) => kind == CorrectionKind.Minor
        ? ("Corrected (minor)", $"{what}: minor correction, not shown to readers: {note.Trim()}")
        : ("Corrected", $"{what} corrected: {note.Trim()}");

    public static string Snapshot(Update update) => JsonSerializer.Serialize(new
    {
        update.Number,
        update.IssueDate,
        update.Layout,
        update.Intro,
        Items = update.Items.OrderBy(i => i.Section).ThenBy(i => i.Position)
            .Select(i => new { i.Id, i.Section, i.Position, i.Title, i.Anchor, i.Body, i.Headlines, i.ActionRequired, i.ActionDeadline }),
        Meetings = update.Meetings.OrderBy(m => m.Position).Select(m => new { m.NetworkName, m.Details, m.ContactText }),
        Publications = update.Publications.OrderBy(p => p.Position).Select(p => p.Text),
        Contacts = update.Contacts.OrderBy(c => c.Position).Select(c => new { c.Roles, c.Name, c.Organisation, c.Email, c.Phone }),
    }, Json);
}
