namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>Chooses the item layout of a file from what its lines show, once, before reading it.</summary>
internal static class LayoutDetector
{
    /// <summary>Any <c>Programme:</c> label means the labelled 2020–21 layout; any other file is read in
    /// the Headlines layout.</summary>
    public static ItemLayout Detect(SourceLines lines, DateOnly issueDate) =>
        lines.Any(ProgrammeItemLayout.IsEvidence) ? new ProgrammeItemLayout() : new HeadlinesItemLayout(issueDate);
}
