using System.Text;

namespace SESLIP.Newsletter.Web.Services;

/// <summary>LIKE patterns built from reader-supplied text, so that "%" or "_" in a search is looked for
/// literally on both providers instead of acting as a wildcard.</summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Contains(string text) => "%" + Exact(text) + "%";

    /// <summary>Matches the whole text, ignoring case (LIKE does on both providers' default collations).</summary>
    public static string Exact(string text)
    {
        var pattern = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // "[" is a wildcard on SQL Server only; escaping it is harmless on SQLite.
            if (c is '\\' or '%' or '_' or '[')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.ToString();
    }
}
