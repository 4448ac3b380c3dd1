using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Data;

/// <summary>The counts the archive and the library show come from rows the database's triggers keep
/// (docs/adr/0040-counts-kept-by-triggers.md): after any change they must equal counting the tables.</summary>
public sealed class ListCountsTests
{
    [Fact]
    public async Task Counts_kept_by_the_triggers_equal_counting_the_tables_after_every_kind_of_change()
    {
        using var site = new NewsletterFactory { LoadDemoContent = true };
        await using var db = site.CreateDbContext();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        Assert.Contains((ListCount.ArchiveYears, "2025", 1), await KeptAsync(db));

        // A publication added, with a new publisher and year; one moved from its organisation to a publisher's name, undated.
        db.Publications.Add(new Publication { Title = "New guidance", Slug = "new-guidance", PublisherText = "A new publisher", PublishedOn = new DateOnly(1987, 6, 1) });
        var moved = await db.Publications.OrderBy(p => p.Id).FirstAsync(p => p.PublisherId != null);
        moved.PublisherId = null;
        moved.PublisherText = "Another publisher";
        moved.PublishedOn = null;
        await db.SaveChangesAsync();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        Assert.Contains((ListCount.PublicationYears, "1987", 1), await KeptAsync(db));

        // An organisation that publishes renamed; a publication deleted.
        var publisher = await db.Organisations.FirstAsync(o => db.Publications.Any(p => p.PublisherId == o.Id));
        publisher.Name += " (renamed)";
        db.Publications.Remove(await db.Publications.SingleAsync(p => p.Slug == "new-guidance"));
        await db.SaveChangesAsync();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        Assert.DoesNotContain(await KeptAsync(db), c => c.Key == "1987");

        // An update unpublished, another re-dated into a year of its own, then deleted.
        var updates = await db.Updates.OrderBy(u => u.Number).ToListAsync();
        updates[0].Status = UpdateStatus.Draft;
        updates[1].IssueDate = new DateOnly(2030, 1, 4);
        await db.SaveChangesAsync();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        Assert.Equal([(ListCount.ArchiveYears, "2030", 1)], (await KeptAsync(db)).Where(c => c.List == ListCount.ArchiveYears).ToList());

        db.Updates.Remove(updates[1]);
        await db.SaveChangesAsync();
        Assert.Equal(await CountedAsync(db), await KeptAsync(db));
        Assert.DoesNotContain(await KeptAsync(db), c => c.List == ListCount.ArchiveYears);
    }

    private static async Task<List<(string List, string Key, int Count)>> KeptAsync(NewsletterDbContext db) =>
        [.. (await db.ListCounts.AsNoTracking().ToListAsync())
            .Select(c => (c.List, c.List is ListCount.ArchiveYears or ListCount.PublicationYears ? ListCount.Year(c.Key).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Key, c.Count))
            .Order()];

    // What the pages counted before the counts were kept.
    private static async Task<List<(string List, string Key, int Count)>> CountedAsync(NewsletterDbContext db)
    {
        var archive = await db.Updates.Published().GroupBy(u => u.IssueDate.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var years = await db.Publications.Where(p => p.PublishedOn != null).GroupBy(p => p.PublishedOn!.Value.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var publishers = await db.Publications.GroupBy(p => p.Publisher != null ? p.Publisher.Name : p.PublisherText)
            .Where(g => g.Key != "").Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var total = await db.Publications.CountAsync();
        string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. archive.Select(a => (ListCount.ArchiveYears, Year(a.Key), a.Count))
            .Concat(years.Select(y => (ListCount.PublicationYears, Year(y.Key), y.Count)))
            .Concat(publishers.Select(p => (ListCount.Publishers, p.Key, p.Count)))
            .Concat(total > 0 ? [(ListCount.Publications, "", total)] : [])
            .Order()];
    }
}
