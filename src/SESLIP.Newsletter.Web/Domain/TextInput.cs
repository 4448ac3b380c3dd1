using System.Text;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>The one rule for text that arrives from outside (imported files): which characters are kept,
/// and whether it reads as text at all.</summary>
public static class TextInput
{
    /// <summary>Removes control characters other than tab and line breaks; a vertical tab (Word's manual
    /// line break) becomes a line break.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\v')
            {
                sb.Append('\n');
            }
            else if (!char.IsControl(c) || c is '\t' or '\n' or '\r')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether most of the text is letters, digits, spaces and ordinary punctuation: binary or
    /// mis-decoded files are not.</summary>
    public static bool IsMostlyReadable(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var readable = text.Count(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) && c < 0x2000);
        return readable >= text.Length * 0.9;
    }
}
