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
    public static async Task<ArchivePage> LoadAsync(IQueryable<Update> published, int? year, string? message, CancellationToken cancellationToken)
    {
        var years = await published.AsNoTracking()
            .GroupBy(u => u.IssueDate.Year)
            .Select(g => new ArchiveYearCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        years = [.. years.OrderByDescending(y => y.Year)];

        var shown = year ?? (years.Count > 0 ? years[0].Year : null);
        if (shown is not int y)
        {
            return new ArchivePage(years, null, [], message);
        }

        var from = new DateOnly(y, 1, 1);
        var to = from.AddYears(1);
        var entries = await published.AsNoTracking().AsSplitQuery()
            .Where(u => u.IssueDate >= from && u.IssueDate < to)
            .OrderByDescending(u => u.Number)
            .Select(u => new ArchiveEntry
            {
                Number = u.Number,
                IssueDate = u.IssueDate,
                ItemCount = u.Items.Count(),
                Items = u.Items.OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id)
                    .Take(ItemsShown)
                    .Select(i => new ArchiveItem { Title = i.Title, Anchor = i.Anchor })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

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
