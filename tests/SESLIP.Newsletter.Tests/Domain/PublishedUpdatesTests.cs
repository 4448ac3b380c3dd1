using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class PublishedUpdatesTests
{
    [Theory]
    [InlineData(UpdateStatus.Draft, false)]
    [InlineData(UpdateStatus.Scheduled, false)]
    [InlineData(UpdateStatus.Published, true)]
    public void Only_a_published_update_is_public(UpdateStatus status, bool expected)
    {
        var update = TestUpdates.Create(1, status: status);

        Assert.Equal(expected, update.IsPublished());
        Assert.Equal(expected, new[] { update }.AsQueryable().Published().Any());
    }

    [Fact]
    public async Task Database_queries_return_only_published_updates_and_their_items()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteNewsletterDbContext(new DbContextOptionsBuilder<SqliteNewsletterDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        db.Updates.AddRange(
            TestUpdates.Create(1, status: UpdateStatus.Published),
            TestUpdates.Create(2, status: UpdateStatus.Scheduled),
            TestUpdates.Create(3, status: UpdateStatus.Draft));
        await db.SaveChangesAsync();

        Assert.Equal([1], await db.Updates.Published().Select(u => u.Number).ToListAsync());
        Assert.Equal([1], await db.UpdateItems.InPublishedUpdates().Select(i => i.Update!.Number).Distinct().ToListAsync());
    }
}
