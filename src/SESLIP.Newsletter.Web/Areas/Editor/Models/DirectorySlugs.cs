using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public static class DirectorySlugs
{
    /// <summary>A slug for <paramref name="text"/> that none of <paramref name="existing"/> has yet.</summary>
    public static async Task<string> UniqueAsync(IQueryable<string> existing, string text, CancellationToken cancellationToken)
    {
        var stem = Slug.From(text, 90);
        var taken = await existing.Where(s => s.StartsWith(stem)).ToListAsync(cancellationToken);
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return slug;
    }
}
