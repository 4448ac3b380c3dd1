using System.Text;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Lists pasted from Word arrive as lines starting "•", "◦", "–", "*" or "1)"; Markdown needs "- " and "1. ".
/// Applied to an item's text fields when it is saved. Text that is already Markdown comes back unchanged, so saving
/// twice changes nothing; a line starting with a hyphenated word ("-year-old", "well-being") is not a list.</summary>
public static partial class PastedLists
{
    public static string ToMarkdown(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Marker().IsMatch(text))
        {
            return text ?? "";
        }

        var lines = text.Split('\n');
        var output = new StringBuilder(text.Length + 16);
        var parentIndent = 2;
        var previousKind = LineKind.Blank;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var match = Marker().Match(line);
            string converted;
            LineKind kind;

            // An indented "*" is a Markdown sub-list already.
            if (match.Success && match.Groups["marker"].Value == "*" && match.Groups["indent"].Length > 0)
            {
                match = Match.Empty;
            }

            if (match.Success)
            {
                var marker = match.Groups["marker"].Value;
                var rest = match.Groups["rest"].Value;
                if (marker == "◦" && previousKind is LineKind.Item or LineKind.SubItem)
                {
                    converted = new string(' ', parentIndent) + "- " + rest;
                    kind = LineKind.SubItem;
                }
                else if (char.IsAsciiDigit(marker[0]))
                {
                    var number = marker[..^1];
                    converted = number + ". " + rest;
                    parentIndent = number.Length + 2;
                    kind = LineKind.Item;
                }
                else
                {
                    converted = "- " + rest;
                    parentIndent = 2;
                    kind = LineKind.Item;
                }

                // A list straight after a paragraph line needs a blank line to be a list in every Markdown reader.
                if (kind == LineKind.Item && previousKind == LineKind.Text)
                {
                    output.Append('\n');
                }
            }
            else
            {
                converted = line;
                kind = line.Trim().Length == 0 ? LineKind.Blank
                    : previousKind is LineKind.Item or LineKind.SubItem && line.StartsWith(' ') ? LineKind.SubItem
                    : MarkdownItem().IsMatch(line) ? LineKind.Item
                    : LineKind.Text;
                if (kind == LineKind.Item)
                {
                    parentIndent = line.IndexOf(' ', StringComparison.Ordinal) + 1;
                }

                // Without a blank line, a paragraph after a list would run on as part of its last item.
                if (kind == LineKind.Text && previousKind is LineKind.Item or LineKind.SubItem)
                {
                    output.Append('\n');
                }
            }

            output.Append(converted);
            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }

            previousKind = kind;
        }

        return output.ToString();
    }

    private enum LineKind
    {
        Blank,
        Text,
        Item,
        SubItem,
    }

    // Word's bullets (•, ●, ▪, ·, and ◦ for a second level), a dash or asterisk followed by a space, or "1)"
    // numbering. "- " and "1. " are Markdown already, so they are not matched and stay as they are.
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>[•●▪·◦–—*]|\d{1,3}\))[ \t]+(?<rest>\S.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(-|\d{1,3}\.)[ \t]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownItem();
}
