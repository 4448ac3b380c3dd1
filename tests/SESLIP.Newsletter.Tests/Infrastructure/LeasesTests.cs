using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The lease statements on a real SQLite file, with a clock the test moves.</summary>
public sealed class LeasesTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly NewsletterFactory _site = new() { LoadDemoContent = false };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 7, 10, 0, 0, TimeSpan.Zero));

    // Not the names the site's own workers use, so its background services never interfere.
    private readonly string _name = "test-" + Guid.NewGuid().ToString("n")[..8];

    public void Dispose() => _site.Dispose();

    private Leases Leases() => new(_site.CreateDbContext(), _clock);

    [Fact]
    public async Task A_lease_held_by_one_owner_is_refused_to_another_until_it_expires()
    {
        Assert.True(await Leases().TryAcquireAsync(_name, "a", Minute));
        Assert.False(await Leases().TryAcquireAsync(_name, "b", Minute));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await Leases().TryAcquireAsync(_name, "b", Minute));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await Leases().TryAcquireAsync(_name, "b", Minute));
        Assert.False(await Leases().RenewAsync(_name, "a", Minute));
        Assert.False(await Leases().TryAcquireAsync(_name, "a", Minute));
        await AssertHolderAsync("b", _clock.GetUtcNow().UtcDateTime + Minute);
    }

    [Fact]
    public async Task Renewing_keeps_the_lease_past_its_first_expiry_and_keeps_when_it_was_taken()
    {
        var taken = _clock.GetUtcNow().UtcDateTime;
        Assert.True(await Leases().TryAcquireAsync(_name, "a", Minute));

        _clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await Leases().RenewAsync(_name, "a", Minute));
        _clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(await Leases().TryAcquireAsync(_name, "a", Minute));

        Assert.False(await Leases().TryAcquireAsync(_name, "b", Minute));
        await AssertHolderAsync("a", _clock.GetUtcNow().UtcDateTime + Minute);
        await using var db = _site.CreateDbContext();
        Assert.Equal(taken, (await db.Leases.AsNoTracking().SingleAsync(l => l.Name == _name)).AcquiredAtUtc);
    }

    [Fact]
    public async Task A_released_lease_is_taken_at_once_and_only_its_holder_can_release_it()
    {
        Assert.True(await Leases().TryAcquireAsync(_name, "a", Minute));
        Assert.False(await Leases().ReleaseAsync(_name, "b"));
        Assert.False(await Leases().TryAcquireAsync(_name, "b", Minute));

        Assert.True(await Leases().ReleaseAsync(_name, "a"));
        Assert.False(await Leases().RenewAsync(_name, "a", Minute));
        Assert.True(await Leases().TryAcquireAsync(_name, "b", Minute));
        await AssertHolderAsync("b", _clock.GetUtcNow().UtcDateTime + Minute);
    }

    [Fact]
    public async Task Of_owners_asking_at_once_exactly_one_gets_a_new_lease_and_an_expired_one()
    {
        var owners = new[] { "a", "b", "c" };

        // A name never used: every owner finds no row and tries to insert it.
        var first = await Task.WhenAll(owners.Select(o => Task.Run(() => Leases().TryAcquireAsync(_name, o, Minute))));
        Assert.Single(first, won => won);

        // The same name once it has expired: every owner's UPDATE matches the expired row, one commits first.
        _clock.Advance(TimeSpan.FromMinutes(2));
        var second = await Task.WhenAll(owners.Select(o => Task.Run(() => Leases().TryAcquireAsync(_name, o, Minute))));
        Assert.Single(second, won => won);
        await AssertHolderAsync(owners[Array.IndexOf(second, true)], _clock.GetUtcNow().UtcDateTime + Minute);
    }

    private async Task AssertHolderAsync(string owner, DateTime expires)
    {
        await using var db = _site.CreateDbContext();
        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Name == _name);
        Assert.Equal(owner, lease.Owner);
        Assert.Equal(expires, lease.ExpiresAtUtc);
    }
}
