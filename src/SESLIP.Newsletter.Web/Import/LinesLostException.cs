namespace SESLIP.Newsletter.Web.Import;

/// <summary>The parser's result would drop source lines without a word in the report: the file is refused
/// rather than imported short (docs/adr/0015-no-silent-loss.md).</summary>
internal sealed class LinesLostException(IReadOnlyList<ImportNote> lost)
    : Exception($"{lost.Count} source line(s) reached neither the update nor the import report.")
{
    public IReadOnlyList<ImportNote> Lost { get; } = lost;
}
