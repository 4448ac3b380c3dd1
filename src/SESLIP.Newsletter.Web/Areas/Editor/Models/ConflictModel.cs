namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Shown above a form whose save lost a race: what the editor typed next to what someone
/// else saved meanwhile. The form below is filled with the editor's text and carries the newer
/// version, so saving it again is a deliberate choice, after merging by hand.</summary>
public sealed class ConflictModel
{
    public string SavedBy { get; init; } = "";
    public DateTime? SavedAtUtc { get; init; }
    public bool Deleted { get; init; }
    public List<ConflictField> Fields { get; init; } = [];

    public static ConflictModel Compare(IEnumerable<(string Label, string? Mine, string? Theirs)> fields, string savedBy, DateTime? savedAtUtc) => new()
    {
        SavedBy = savedBy,
        SavedAtUtc = savedAtUtc,
        Fields = [.. fields.Select(f => new ConflictField(f.Label, f.Mine ?? "", f.Theirs ?? "", !string.Equals((f.Mine ?? "").ReplaceLineEndings(), (f.Theirs ?? "").ReplaceLineEndings(), StringComparison.Ordinal)))],
    };
}
