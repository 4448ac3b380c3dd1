using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>Every published update by year, newest first, with its item titles.</summary>
public sealed record ArchivePage(IReadOnlyList<ArchiveYear> Years)
{
    public bool IsEmpty => Years.Count == 0;

    /// <summary>Two SQL commands (updates, then their items) whatever the size of the archive.</summary>
    public static async Task<ArchivePage> LoadAsync(IQueryable<Update> published, CancellationToken cancellationToken)
    {
        var entries = await published.AsNoTracking().AsSplitQuery()
            .OrderByDescending(u => u.Number)
            .Select(u => new ArchiveEntry
            {
                Number = u.Number,
                IssueDate = u.IssueDate,
                Items = u.Items.OrderBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id)
                    .Select(i => new ArchiveItem { Title = i.Title, Anchor = i.Anchor })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return From(entries);
    }

    public static ArchivePage From(IEnumerable<ArchiveEntry> entries) =>
        new(entries
            .GroupBy(e => e.IssueDate.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYear(g.Key, g.OrderByDescending(e => e.Number).ToList()))
            .ToList());
}

public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveEntry> Updates);

public sealed class ArchiveEntry
{
    public int Number { get; init; }
    public DateOnly IssueDate { get; init; }
    public List<ArchiveItem> Items { get; init; } = [];

    public string Title => $"Update no {Number}";
    public string IssueDateText => Dates.WithWeekday(IssueDate);
}

public sealed class ArchiveItem
{
    public string Title { get; init; } = "";
    public string Anchor { get; init; } = "";
}
