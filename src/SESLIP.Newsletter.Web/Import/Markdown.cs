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

/// <summary>Collects the paragraphs and bullet lists of one Markdown field.</summary>
internal sealed class MarkdownBuilder
{
    private readonly List<List<string>> _blocks = [];
    private bool _open;
    private bool _openIsList;

    public bool IsEmpty => _blocks.Count == 0;

    public void Paragraph(string text) => Add(Markdown.Escape(text), isList: false);

    public void Bullet(string text) => Add("- " + Markdown.Escape(text), isList: true);

    /// <summary>A blank line in the source ends the paragraph in progress.</summary>
    public void Break() => _open = false;

    private void Add(string line, bool isList)
    {
        if (_open && _openIsList == isList)
        {
            _blocks[^1].Add(line);
        }
        else
        {
            _blocks.Add([line]);
        }

        _open = true;
        _openIsList = isList;
    }

    public override string ToString() => string.Join("\n\n", _blocks.Select(b =>
        b[0].StartsWith("- ", StringComparison.Ordinal)
            ? string.Join('\n', b)
            : string.Join("\\\n", b)));
}
