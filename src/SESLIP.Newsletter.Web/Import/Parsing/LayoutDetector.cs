namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>Chooses the item layout of a file from what its lines show, once, before reading it.</summary>
internal static class LayoutDetector
{
    /// <summary>Any <c>Programme:</c> label means the 2020–21 layout; otherwise the 2024– one.</summary>
    public static ItemLayout Detect(SourceLines lines, DateOnly issueDate) =>
        lines.Any(ProgrammeItemLayout.IsEvidence) ? new ProgrammeItemLayout() : new HeadlinesItemLayout(issueDate);
}
