using System.Globalization;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>An address of the old WordPress site and the page of this site that replaces it. Old addresses are
/// kept in one normal form (<see cref="TryNormaliseOldPath"/>) so that a request matches whatever its case or
/// trailing slash; targets are local paths only (<see cref="CheckNewPath"/>), so the table can never send a
/// reader to another site.</summary>
public partial class Redirect : IVersioned
{
    public const int OldPathLength = 400;

    /// <summary>WordPress's own link forms carry the post or page in the query string: <c>/?p=8851</c>,
    /// <c>/?page_id=12</c>. These are the only query strings that are part of an old address.</summary>
    public static readonly IReadOnlyList<string> PostKeys = ["p", "page_id"];

    public int Id { get; set; }

    /// <summary>In normal form: lower case, decoded, no trailing slash, and <c>?p=N</c> only for WordPress post links.</summary>
    public string OldPath { get; set; } = "";

    public string NewPath { get; set; } = "";
    public int Version { get; set; }

    /// <summary>The normal form of an old address typed by a person or read from a file: a path such as
    /// <c>/about-us/</c> or <c>/?p=8851</c>, or a whole address of the old site (its host is dropped).
    /// Returns null with the reason when it cannot be an old address.</summary>
    public static string? TryNormaliseOldPath(string? input, out string key)
    {
        key = "";
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "Enter the old address, such as /about-us/ or /?p=8851.";
        }

        if (text.Any(char.IsControl) || text.Contains('\\', StringComparison.Ordinal))
        {
            return "The old address contains a backslash or a control character.";
        }

        if (!text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            text = absolute.PathAndQuery;
        }

        if (!text.StartsWith('/') || text.StartsWith("//", StringComparison.Ordinal))
        {
            return $"The old address “{text}” must start with a single /, such as /about-us/.";
        }

        var query = "";
        var mark = text.IndexOf('?', StringComparison.Ordinal);
        if (mark >= 0)
        {
            var post = PostQuery(text[(mark + 1)..]);
            if (post is null)
            {
                return $"The old address “{text}” has a query string; only WordPress post links such as /?p=8851 or /?page_id=12 may.";
            }

            query = post;
            text = text[..mark];
        }

        string path;
        try
        {
            path = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return $"The old address “{text}” is not a valid path.";
        }

        key = KeyFor(path, query);
        if (key == "/")
        {
            key = "";
            return "The old address cannot be the home page itself.";
        }

        if (key.Length > OldPathLength)
        {
            key = "";
            return $"The old address is too long: at most {OldPathLength} characters.";
        }

        return null;
    }

    /// <summary>The key a request looks up: its decoded path, and the WordPress post query when it has one.</summary>
    public static string KeyFor(string path, string? postQuery)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (trimmed.Length == 0)
        {
            trimmed = "/";
        }

        var lower = trimmed.ToLowerInvariant();
        return string.IsNullOrEmpty(postQuery) ? lower : lower + "?" + postQuery;
    }

    /// <summary>"p=8851" for a query naming a WordPress post or page by number (other parameters ignored), else null.</summary>
    public static string? PostQuery(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = pair[..equals].ToLowerInvariant();
            var value = pair[(equals + 1)..];
            if (PostKeys.Contains(name) && PostNumber().IsMatch(value))
            {
                return name + "=" + int.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Checks a target typed by a person or read from a file. Only a path on this site is allowed:
    /// no scheme, no host (<c>//host</c> or <c>/\host</c>, which browsers treat as another site), no backslash
    /// and no control character. Returns null and the trimmed path when it is acceptable.</summary>
    public static string? CheckNewPath(string? input, out string path)
    {
        path = input?.Trim() ?? "";
        const string Example = "Give a path on this site starting with /, such as /updates/499.";
        if (path.Length == 0)
        {
            return "Enter the new address, such as /updates/499.";
        }

        string? problem = null;
        if (path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            problem = "contains a space or a control character";
        }
        else if (path.Contains('\\', StringComparison.Ordinal))
        {
            problem = "contains a backslash";
        }
        else if (path.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "names another site";
        }
        else if (!path.StartsWith('/'))
        {
            problem = path.Contains(':', StringComparison.Ordinal) ? "is a full address, not a path on this site" : "does not start with /";
        }
        else if (path.Length > Data.Configurations.Limits.Url)
        {
            problem = $"is too long (at most {Data.Configurations.Limits.Url} characters)";
        }
        else if (!Uri.TryCreate(path, UriKind.Relative, out _))
        {
            problem = "is not a valid path";
        }

        if (problem is null)
        {
            return null;
        }

        var shown = new string([.. path.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        path = "";
        return $"The new address “{shown}” {problem}. {Example}";
    }

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex PostNumber();
}
