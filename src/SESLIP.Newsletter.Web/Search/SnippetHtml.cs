using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>Turns an engine's snippet (stored plain text with the matched words between two private-use
/// markers) into HTML. Everything is HTML-encoded; the only markup is the site's own &lt;mark&gt;, always
/// balanced, so no stored text, whatever it holds, can add markup to the results page.</summary>
public static partial class SnippetHtml
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    public static IHtmlContent Render(string? marked)
    {
        if (string.IsNullOrWhiteSpace(marked))
        {
            return HtmlString.Empty;
        }

        var text = ReadableText(marked);
        var html = new StringBuilder(text.Length + 32);
        var open = false;
        var run = new StringBuilder();
        void Flush()
        {
            html.Append(HtmlEncoder.Default.Encode(run.ToString()));
            run.Clear();
        }

        foreach (var c in text)
        {
            if (c == Start && !open)
            {
                Flush();
                html.Append("<mark>");
                open = true;
            }
            else if (c == End && open)
            {
                Flush();
                html.Append("</mark>");
                open = false;
            }
            else if (c is not Start and not End)
            {
                run.Append(c);
            }
        }

        Flush();
        if (open)
        {
            html.Append("</mark>");
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>The text without markers, e.g. for a feed entry's title.</summary>
    public static string Plain(string? marked) =>
        string.IsNullOrEmpty(marked) ? "" : ReadableText(marked).Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal);

    /// <summary>Marks, in plain text, the words a query matches, and cuts a window of words around the first
    /// match: for engines without a snippet function of their own (SQL Server full-text).</summary>
    public static string Mark(string text, SearchQuery query, int words = 30)
    {
        var tokens = query.Included.SelectMany(t => t.Tokens.Select((token, i) => (token, prefix: t.IsPrefix && i == t.Tokens.Count - 1))).ToList();
        var matches = Word().Matches(text);
        if (matches.Count == 0)
        {
            return "";
        }

        var first = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (IsMatch(matches[i].Value, tokens))
            {
                first = i;
                break;
            }
        }

        var from = Math.Max(0, first - (words / 3));
        var to = Math.Min(matches.Count - 1, from + words - 1);
        var start = matches[from].Index;
        var end = matches[to].Index + matches[to].Length;
        var result = new StringBuilder();
        if (from > 0)
        {
            result.Append('…');
        }

        var position = start;
        for (var i = from; i <= to; i++)
        {
            var m = matches[i];
            result.Append(text, position, m.Index - position);
            if (IsMatch(m.Value, tokens))
            {
                result.Append(Start).Append(m.Value).Append(End);
            }
            else
            {
                result.Append(m.Value);
            }

            position = m.Index + m.Length;
        }

        result.Append(text, position, end - position);
        if (to < matches.Count - 1)
        {
            result.Append('…');
        }

        return result.ToString();
    }

    // A rough English stem match: the word starts with the term, or with the term less a common ending.
    private static bool IsMatch(string word, List<(string Token, bool Prefix)> tokens)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (token, prefix) in tokens)
        {
            if (lower == token || (prefix && lower.StartsWith(token, StringComparison.Ordinal)))
            {
                return true;
            }

            var stem = token.Length > 5 ? token[..^3] : token;
            if (stem.Length >= 4 && lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= token.Length + 4)
            {
                return true;
            }
        }

        return false;
    }

    // Stored text is Markdown; a snippet reads better without its punctuation (links keep their words).
    private static string ReadableText(string markdown)
    {
        var text = LinkTarget().Replace(markdown, "");
        text = Escape().Replace(text, "$1");
        text = Emphasis().Replace(text, "");
        text = Whitespace().Replace(text, " ");
        return text.Trim();
    }

    [GeneratedRegex(@"\]\([^)\s]*\)?")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\*\*|__|(?<=\s|^)[#>]+ |\[|\]")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();
}
