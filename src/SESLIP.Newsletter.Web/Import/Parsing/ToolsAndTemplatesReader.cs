using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>"Tools &amp; Templates": one publication a line, in either layout's wording. A line that names no
/// publisher and date is kept as text and reported.</summary>
internal sealed partial class ToolsAndTemplatesReader(ParsedUpdate result, ParseNotes notes)
{
    public static bool IsMarker(SourceLine line) => ToolsMarker().IsMatch(line.Text);

    public void Read(SourceLine line)
    {
        var publication = PublicationReader.ReadOnPublished(line.Text, result.IssueDate)
            ?? PublicationReader.ReadPublishedBy(line, result.IssueDate, notes);
        if (publication is null)
        {
            notes.Add(line, "Tools & Templates line with no publisher and date; kept as text");
        }

        result.Tools.Add(new ParsedToolsLine { Line = line.Number, Text = line.Text, Publication = publication });
    }

    /// <summary>An item that announces a publication listed here shares its publisher, date and documents.</summary>
    public static void LinkItems(ParsedUpdate result)
    {
        foreach (var item in result.Items.Where(i => i.Publication is null))
        {
            item.Publication = result.Tools
                .Select(t => t.Publication)
                .FirstOrDefault(p => p is not null && string.Equals(p.Title, item.Title, StringComparison.OrdinalIgnoreCase));
        }
    }

    [GeneratedRegex(@"^tools\s*(&|and)\s*templates$", Patterns.Options)]
    private static partial Regex ToolsMarker();
}
