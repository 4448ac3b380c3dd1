using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The 2020–21 labelled layout (Update no 454): <c>Programme:</c> then the title on the next
/// lines, <c>Update:</c> then the body, <c>Action Required:</c> then the action.</summary>
internal sealed partial class ProgrammeItemLayout : ItemLayout
{
    public override UpdateLayout Layout => UpdateLayout.ProgrammeUpdate;

    /// <summary>The evidence for this layout: any <c>Programme:</c> label in the file.</summary>
    public static bool IsEvidence(SourceLine line) => ProgrammeLabel().IsMatch(line.Text);

    public static bool IsUpdateLabel(SourceLine line) => UpdateLabel().IsMatch(line.Text);

    public override bool TryStartItem(LineCursor cursor, UpdatePart part, ItemsReader items)
    {
        var programme = ProgrammeLabel().Match(cursor.Line.Text);
        if (!programme.Success)
        {
            return false;
        }

        items.Start(cursor.Line, programme.Groups["rest"].Value);
        if (programme.Groups["rest"].Value.Length == 0)
        {
            items.Frame(cursor.Line);
        }

        return true;
    }

    public override bool IsBodyLabel(SourceLine line) => UpdateLabel().IsMatch(line.Text);

    /// <summary>Every line up to <c>Update:</c> is the title's.</summary>
    public override void ReadTitleLine(ItemsReader items, SourceLine line) => items.Current!.AddTitle(line.Text);

    [GeneratedRegex(@"^programme:\s*(?<rest>.*)$", Patterns.Options)]
    private static partial Regex ProgrammeLabel();

    [GeneratedRegex(@"^update:\s*$", Patterns.Options)]
    private static partial Regex UpdateLabel();
}
