using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Background work across instances on one database: one instance at a time does it, another takes over
/// when the holder stops or vanishes. Leases are short here; the tests wait for effects, never for time.</summary>
public sealed class BackgroundLeaseTests
{
    private static void ShortLeases(Dictionary<string, string?> settings)
    {
        settings["Leases:Duration"] = "00:00:10";
        settings["Leases:RenewEvery"] = "00:00:02";
        settings["Publishing:PollSeconds"] = "1";
    }

    [Fact]
    public async Task A_due_update_is_published_exactly_once_with_two_instances_running()
    {
        using var two = new TwoInstances(ShortLeases);
        var id = await AddDueUpdateAsync(two.A, 700);

        // Both schedulers asked straight away as well, as if neither had a lease: the update's version still
        // lets only one publish through.
        await Task.WhenAll(PublishDueAsync(two.A), PublishDueAsync(two.B));
        await WaitUntilAsync(two.B, db => db.Updates.AnyAsync(u => u.Id == id && u.Status == UpdateStatus.Published), $"update {id} published");

        await using var check = two.B.CreateDbContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "Published on schedule"));
        var holder = (await check.Leases.AsNoTracking().SingleAsync(l => l.Name == ScheduledPublisher.LeaseName)).Owner;
        Assert.Contains(holder, new[] { OwnerOf(two.A), OwnerOf(two.B) });
    }

    [Fact]
    public async Task When_the_holder_stops_the_other_instance_takes_the_work_over()
    {
        using var two = new TwoInstances(ShortLeases);
        var owners = new Dictionary<string, NewsletterFactory> { [OwnerOf(two.A)] = two.A, [OwnerOf(two.B)] = two.B };
        await WaitUntilAsync(two.A, db => db.Leases.AnyAsync(l => l.Name == ScheduledPublisher.LeaseName && l.Owner != null && owners.Keys.Contains(l.Owner)), "an instance holds the lease");
        string holder;
        await using (var db = two.A.CreateDbContext())
        {
            holder = (await db.Leases.AsNoTracking().SingleAsync(l => l.Name == ScheduledPublisher.LeaseName)).Owner!;
        }

        // Usually A, which started first; on a machine so busy that A missed its renewals, B.
        TwoInstances.Stop(owners[holder]);
        var (otherOwner, other) = owners.Single(o => o.Key != holder);
        var id = await AddDueUpdateAsync(other, 701);

        await WaitUntilAsync(other, db => db.Updates.AnyAsync(u => u.Id == id && u.Status == UpdateStatus.Published), $"update {id} published by the other instance");
        await using var check = other.CreateDbContext();
        Assert.Equal(otherOwner, (await check.Leases.AsNoTracking().SingleAsync(l => l.Name == ScheduledPublisher.LeaseName)).Owner);
    }

    [Fact]
    public async Task A_lease_left_by_a_vanished_holder_is_taken_over_once_it_expires()
    {
        using var site = new NewsletterFactory { LoadDemoContent = false };
        ShortLeases(site.Settings);
        site.Settings["Leases:Duration"] = "00:00:04";
        site.Settings["Leases:RenewEvery"] = "00:00:01";
        var owner = OwnerOf(site);
        await WaitUntilAsync(site, db => db.Leases.AnyAsync(l => l.Name == ScheduledPublisher.LeaseName && l.Owner == owner), "the site holds the lease");

        // Another instance took the lease and then died without giving it back.
        await using (var db = site.CreateDbContext())
        {
            var expires = DateTime.UtcNow.AddSeconds(4);
            await db.Leases.Where(l => l.Name == ScheduledPublisher.LeaseName)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, "vanished/1/00000000").SetProperty(l => l.ExpiresAtUtc, expires));
        }

        // Its renewal now fails, so it stops; once the vanished holder's lease runs out it takes the lease again.
        await WaitUntilAsync(site, db => db.Leases.AnyAsync(l => l.Name == ScheduledPublisher.LeaseName && l.Owner == owner), "the site holds the lease again");
        var id = await AddDueUpdateAsync(site, 702);

        await WaitUntilAsync(site, db => db.Updates.AnyAsync(u => u.Id == id && u.Status == UpdateStatus.Published), $"update {id} published");
    }

    private static string OwnerOf(NewsletterFactory site) => site.Services.GetRequiredService<BackgroundLease>().Owner;

    private static async Task<int> AddDueUpdateAsync(NewsletterFactory site, int number)
    {
        await using var db = site.CreateDbContext();
        var update = TestUpdates.Create(number, status: UpdateStatus.Scheduled);
        update.ScheduledForUtc = DateTime.UtcNow.AddMinutes(-1);
        await TestUpdates.AddAsync(db, update);
        return update.Id;
    }

    private static async Task PublishDueAsync(NewsletterFactory site) =>
        await site.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();

    /// <summary>Polls with a generous limit: a loaded machine slows the background work, and the loop ends as
    /// soon as the effect is there.</summary>
    private static async Task WaitUntilAsync(NewsletterFactory site, Func<Web.Data.NewsletterDbContext, Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = site.CreateDbContext())
            {
                if (await done(db))
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Waited three minutes for {what}.");
    }
}
