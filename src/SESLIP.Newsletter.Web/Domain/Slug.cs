using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Slugs for addresses and anchors: directory records, item anchors, imported records. One length
/// limit, the column's, so a slug can never be cut by the database.</summary>
public static class Slug
{
    public const int MaxLength = Limits.Slug;

    /// <summary>"AD Safeguarding" → "ad-safeguarding"; "Commissioners’ Network" → "commissioners-network".</summary>
    public static string From(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalised.Length);
        var pendingDash = false;
        foreach (var c in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }

            if (sb.Length >= MaxLength)
            {
                break;
            }
        }

        return sb.Length == 0 ? "item" : sb.ToString().TrimEnd('-');
    }

    /// <summary>The slug of <paramref name="text"/>, or "…-2", "…-3" and so on when it is taken; the stem is
    /// shortened when needed so that the number still fits.</summary>
    public static string Unique(string text, Func<string, bool> isTaken)
    {
        var stem = From(text);
        var slug = stem;
        for (var n = 2; isTaken(slug); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
            slug = stem[..Math.Min(stem.Length, MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }

        return slug;
    }

    /// <summary>A slug for <paramref name="text"/> that none of <paramref name="existing"/> has yet.</summary>
    public static async Task<string> UniqueAsync(IQueryable<string> existing, string text, CancellationToken cancellationToken)
    {
        // Only slugs sharing the stem's start can clash; room is left for a number of up to three digits.
        var stem = From(text);
        var start = stem[..Math.Min(stem.Length, MaxLength - 4)].TrimEnd('-');
        var taken = (await existing.Where(s => s.StartsWith(start)).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return Unique(text, taken.Contains);
    }
}
