using System.Text;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>Turns imported plain text into Markdown that renders as exactly that text.</summary>
internal static class Markdown
{
    private const string Escaped = "\\`*_[]<>#|~&!{}";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        // Block markers only mean something at the start of a line.
        var s = sb.ToString();
        if (s.Length > 0 && (s[0] is '-' or '+' or '=' || (char.IsAsciiDigit(s[0]) && StartsLikeOrderedList(s))))
        {
            var i = s[0] is '-' or '+' or '=' ? 0 : s.IndexOfAny(['.', ')']);
            s = s.Insert(i, "\\");
        }

        return s;
    }

    private static bool StartsLikeOrderedList(string s)
    {
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i < s.Length - 1 && s[i] is '.' or ')' && s[i + 1] == ' ';
    }
}

/// <summary>Collects the paragraphs, bullet lists and numbered lists of one Markdown field.</summary>
internal sealed class MarkdownBuilder
{
    private enum Kind
    {
        Paragraph,
        Bullets,
        Numbers,
    }

    private readonly List<(Kind Kind, List<string> Lines)> _blocks = [];
    private bool _open;

    public bool IsEmpty => _blocks.Count == 0;

    public void Paragraph(string text) => Add(Markdown.Escape(text), Kind.Paragraph);

    public void Bullet(string text) => Add("- " + Markdown.Escape(text), Kind.Bullets);

    /// <summary>"1. text": the source's own number is kept, so the list reads as the original did.</summary>
    public void Numbered(int number, string text) =>
        Add(number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + Markdown.Escape(text), Kind.Numbers);

    /// <summary>A blank line in the source ends the paragraph in progress.</summary>
    public void Break() => _open = false;

    private void Add(string line, Kind kind)
    {
        if (_open && _blocks[^1].Kind == kind)
        {
            _blocks[^1].Lines.Add(line);
        }
        else
        {
            _blocks.Add((kind, [line]));
        }

        _open = true;
    }

    public override string ToString() => string.Join("\n\n", _blocks.Select(b =>
        b.Kind == Kind.Paragraph ? string.Join("\\\n", b.Lines) : string.Join('\n', b.Lines)));
}
