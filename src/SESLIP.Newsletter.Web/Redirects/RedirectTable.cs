using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Redirects;

/// <summary>The old site's addresses and their targets, held in memory. Loaded on the first lookup; evicted by
/// <see cref="Editing.EditorialChanges"/> when a change to a redirect commits, and reloaded at most
/// <see cref="Lifetime"/> after the <c>redirects import</c> command, which runs in another process, changed
/// the table (docs/adr/0017-old-site-addresses.md).</summary>
public sealed class RedirectTable(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _generation;

    /// <summary>The target of an old address in normal form (<see cref="Domain.Redirect.KeyFor"/>), or null.</summary>
    public async ValueTask<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || time.GetUtcNow() >= snapshot.ExpiresAt)
        {
            snapshot = await LoadAsync(cancellationToken);
        }

        return snapshot.Targets.GetValueOrDefault(key);
    }

    public void Evict()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    public void Dispose() => _loading.Dispose();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        // One load at a time, so a burst of old links after an eviction costs one query, not one each.
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && time.GetUtcNow() < fresh.ExpiresAt)
            {
                return fresh;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
            var rows = await db.Redirects.AsNoTracking()
                .Select(r => new { r.OldPath, r.NewPath })
                .ToListAsync(cancellationToken);
            var snapshot = new Snapshot(rows.ToDictionary(r => r.OldPath, r => r.NewPath, StringComparer.Ordinal), time.GetUtcNow() + Lifetime);

            // An eviction while this query ran may have come after the rows were read: keep them for this
            // lookup only, and let the next one read again.
            if (Interlocked.Read(ref _generation) == generation)
            {
                _snapshot = snapshot;
            }

            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, string> Targets, DateTimeOffset ExpiresAt);
}
