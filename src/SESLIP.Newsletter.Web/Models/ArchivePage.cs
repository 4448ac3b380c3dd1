using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>One year of the archive, newest update first, with the list of every year that has updates. A year
/// is at most 53 updates and each shows its first few item titles, so the page costs the same however long the
/// archive grows; older items are found through search.</summary>
public sealed record ArchivePage(IReadOnlyList<ArchiveYearCount> Years, int? Year, IReadOnlyList<ArchiveEntry> Updates, string? Message)
{
    /// <summary>How many item titles an entry shows; the rest are counted.</summary>
    public const int ItemsShown = 3;

    public bool IsEmpty => Years.Count == 0;

    /// <summary>Three SQL commands (years, the year's updates, their first items) whatever the size of the archive.
    /// <paramref name="year"/> null shows the newest year.</summary>
    public static async Task<ArchivePage> LoadAsync(IQueryable<Update> published, IQueryable<ListCount> counts, int? year, string? message, CancellationToken cancellationToken)
    {
        // The years and their counts as the database's triggers keep them: a row a year, however many updates
        // (docs/adr/0040-counts-kept-by-triggers.md).
        var years = (await counts.AsNoTracking()
            .Where(c => c.List == ListCount.ArchiveYears)
            .Select(c => new { c.Key, c.Count })
            .ToListAsync(cancellationToken))
            .Select(c => new ArchiveYearCount(ListCount.Year(c.Key), c.Count))
            .OrderByDescending(y => y.Year)
            .ToList();

        var shown = year ?? (years.Count > 0 ? years[0].Year : null);
        if (shown is not int y)
        {
            return new ArchivePage(years, null, [], message);
        }

        var from = new DateOnly(y, 1, 1);
        var to = from.AddYears(1);
        var inYear = published.Where(u => u.IssueDate >= from && u.IssueDate < to);
        var updates = await inYear.AsNoTracking()
            .OrderByDescending(u => u.Number)
            .Select(u => new { u.Number, u.IssueDate })
            .ToListAsync(cancellationToken);

        // The year's item titles, at most 53 updates' worth, cut to the first few in memory: "the first three per
        // update" in SQL is a window function, which SQLite computes over every item of the archive.
        var items = await inYear.AsNoTracking()
            .SelectMany(u => u.Items, (u, i) => new { u.Number, i.Section, i.Position, i.Id, i.Title, i.Anchor })
            .OrderBy(i => i.Number).ThenBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var itemsOf = items.ToLookup(i => i.Number);

        var entries = updates.Select(u => new ArchiveEntry
        {
            Number = u.Number,
            IssueDate = u.IssueDate,
            ItemCount = itemsOf[u.Number].Count(),
            Items = [.. itemsOf[u.Number].Take(ItemsShown).Select(i => new ArchiveItem { Title = i.Title, Anchor = i.Anchor })],
        }).ToList();

        return new ArchivePage(years, y, entries, message);
    }
}

public sealed record ArchiveYearCount(int Year, int Count);

public sealed class ArchiveEntry
{
    public int Number { get; init; }
    public DateOnly IssueDate { get; init; }
    public int ItemCount { get; init; }
    public List<ArchiveItem> Items { get; init; } = [];

    public string Title => $"Update no {Number}";
    public string IssueDateText => Dates.WithWeekday(IssueDate);
    public int MoreItems => Math.Max(0, ItemCount - Items.Count);
}

public sealed class ArchiveItem
{
    public string Title { get; init; } = "";
    public string Anchor { get; init; } = "";
}
