using System.Text;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>The one rule for text entering the site, from forms and imports alike: only characters that every
/// output (HTML, XML feeds, iCalendar, vCard, e-mail) can carry are kept. Tab and newline stay; other control
/// characters go; a vertical tab (Word's Shift+Enter), carriage return, form feed, next-line and the Unicode line
/// and paragraph separators become a newline; lone surrogates and the non-characters U+FFFE/U+FFFF go.
/// See docs/adr/0022.</summary>
public static class TextInput
{
    /// <summary>The text with the rule applied; "" for null. Text that already obeys it is returned as it is,
    /// without copying.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstUnclean(text);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // \r\n and a lone \r (old Mac files) are both one line break.
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (IsLineBreak(c))
            {
                sb.Append('\n');
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }
            }
            else if (IsKept(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when the text obeys the rule, so <see cref="Clean"/> would return it unchanged.</summary>
    public static bool IsClean(string? text) => text is null || FirstUnclean(text) < 0;

    /// <summary>True when the text holds a NUL character: a sign of a binary file or a wrong encoding rather
    /// than of something a person typed, worth refusing with a message instead of quietly cleaning.</summary>
    public static bool HasNul(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);

    private static int FirstUnclean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '\r' || IsLineBreak(c) || !IsKept(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLineBreak(char c) => c is '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsKept(char c) =>
        c is '\t' or '\n'
        || (c >= ' ' && c < '\u007F')
        || (c > '\u009F' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF');

    /// <summary>Whether most of the text is letters, digits, spaces and ordinary punctuation: binary or
    /// mis-decoded files are not.</summary>
    public static bool IsMostlyReadable(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var readable = text.Count(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c) || (char.IsSymbol(c) && c < 0x2000));
        return readable >= text.Length * 0.9;
    }
}
