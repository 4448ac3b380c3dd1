using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Takes, renews and gives back a <see cref="Lease"/>. Each is one statement whose WHERE clause decides,
/// so of two instances asking at once the database lets exactly one through, on SQLite and SQL Server alike
/// (docs/adr/0029-leases-for-background-work.md).</summary>
public sealed class Leases(NewsletterDbContext db, TimeProvider time)
{
    /// <summary>Takes the lease for <paramref name="duration"/> from now if it is free, expired or already
    /// <paramref name="owner"/>'s; false while another owner holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        var taken = await db.Leases
            .Where(l => l.Name == name && (l.Owner == owner || l.Owner == null || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s
                // The right-hand sides read the row as it was, so a renewal by the holder keeps its first instant.
                .SetProperty(l => l.AcquiredAtUtc, l => l.Owner == owner ? l.AcquiredAtUtc : now)
                .SetProperty(l => l.Owner, owner)
                .SetProperty(l => l.ExpiresAtUtc, expires), cancellationToken);
        if (taken > 0)
        {
            return true;
        }

        if (await db.Leases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        // The first ask for this name: the insert is the taking, and the primary key refuses a second insert.
        db.Leases.Add(new Lease { Name = name, Owner = owner, AcquiredAtUtc = now, ExpiresAtUtc = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted first (or the database refused the write): not ours this time; asked again later.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Extends the lease from now while <paramref name="owner"/> still holds it; false once another owner
    /// has taken it, after which the old holder must stop.</summary>
    public async Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var expires = time.GetUtcNow().UtcDateTime + duration;
        return await db.Leases.Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, expires), cancellationToken) > 0;
    }

    /// <summary>Gives the lease up, so another instance can take it at once instead of waiting for it to expire.</summary>
    public async Task<bool> ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Leases.Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.ExpiresAtUtc, now), cancellationToken) > 0;
    }
}
