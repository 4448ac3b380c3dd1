using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>After a committed change has evicted pages from the cache, renders the most-read of them again in the
/// background, so the first reader after a publication is served from the cache rather than waiting for the
/// render. Bursts are coalesced (changes arriving within <see cref="Quiet"/> of each other are warmed once), the
/// editor's request only queues, and a page that fails is logged once and left for its first reader
/// (docs/adr/0035-warm-pages-after-changes.md).</summary>
public sealed partial class PageWarmer(
    SitePipeline site,
    IServiceScopeFactory scopes,
    IHttpContextFactory contexts,
    LinkGenerator links,
    NewsletterLinks publicSite,
    TimeProvider time,
    ILogger<PageWarmer> logger) : BackgroundService
{
    /// <summary>Configuration key; true unless set to false.</summary>
    public const string Setting = "PublicPageCache:WarmAfterChanges";

    /// <summary>How long after a change the warming waits for more changes to join it.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    /// <summary>The index pages worth warming, with the tags they carry (as on their actions).</summary>
    private static readonly (string Route, string[] Tags)[] IndexPages =
    [
        (SiteRoutes.Home, [PublicPageCache.Updates, PublicPageCache.Contacts, PublicPageCache.Meetings, PublicPageCache.Publications]),
        (SiteRoutes.Archive, [PublicPageCache.Updates]),
        (SiteRoutes.UpdatesFeed, [PublicPageCache.Updates]),
        (SiteRoutes.Actions, [PublicPageCache.Updates]),
        (SiteRoutes.Meetings, [PublicPageCache.Meetings, PublicPageCache.Contacts]),
        (SiteRoutes.Networks, [PublicPageCache.Meetings, PublicPageCache.Contacts]),
        (SiteRoutes.Publications, [PublicPageCache.Publications, PublicPageCache.Contacts]),
        (SiteRoutes.Contacts, [PublicPageCache.Contacts, PublicPageCache.Meetings]),
    ];

    // Bounded so a flood of changes cannot grow memory; when full, a request is dropped, which costs only the
    // warming, since the queue already holds work that warms the same index pages.
    private readonly Channel<Evicted> _queue = Channel.CreateBounded<Evicted>(new BoundedChannelOptions(256)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private long _warmings;

    /// <summary>How many warmings have finished since the site started (each after one burst of changes).</summary>
    public long Warmings => Interlocked.Read(ref _warmings);

    /// <summary>Queues the pages of <paramref name="tags"/> (and of the updates <paramref name="updateIds"/>, with
    /// their neighbours) for warming; never waits.</summary>
    public void Warm(IReadOnlyCollection<string> tags, IReadOnlyCollection<int> updateIds)
    {
        if (tags.Count > 0)
        {
            _queue.Writer.TryWrite(new Evicted([.. tags], [.. updateIds]));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Quiet, time, stoppingToken);
                var tags = new HashSet<string>(StringComparer.Ordinal);
                var updateIds = new HashSet<int>();
                while (_queue.Reader.TryRead(out var evicted))
                {
                    tags.UnionWith(evicted.Tags);
                    updateIds.UnionWith(evicted.UpdateIds);
                }

                await WarmAsync(tags, updateIds, stoppingToken);
                Interlocked.Increment(ref _warmings);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: pages not yet warmed are rendered by their first reader.
        }
    }

    private async Task WarmAsync(HashSet<string> tags, HashSet<int> updateIds, CancellationToken cancellationToken)
    {
        if (site.Pipeline is not { } pipeline)
        {
            return;
        }

        List<string> paths;
        try
        {
            paths = await PathsAsync(tags, updateIds, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            CouldNotList(logger, exception);
            return;
        }

        foreach (var path in paths)
        {
            try
            {
                var status = await InProcessRequest.GetAsync(pipeline, contexts, publicSite.BaseUri, path, cancellationToken);
                if (status != StatusCodes.Status200OK)
                {
                    NotCached(logger, path, status);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Failed(logger, exception, path);
            }
        }

        Warmed(logger, paths.Count);
    }

    /// <summary>The changed updates' own pages and their previous and next (whose links to them may have
    /// changed), then the index pages that carry an evicted tag; the home page first, as the most read.</summary>
    private async Task<List<string>> PathsAsync(HashSet<string> tags, HashSet<int> updateIds, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        foreach (var (route, pageTags) in IndexPages)
        {
            if (pageTags.Any(tags.Contains) && links.GetPathByName(route, values: null) is { } path)
            {
                paths.Add(path);
            }
        }

        if (tags.Contains(PublicPageCache.Updates) && updateIds.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
            var published = db.Updates.AsNoTracking().Published();
            // An update just unpublished has no page, but its neighbours' links to it have changed.
            var changed = await db.Updates.AsNoTracking().Where(u => updateIds.Contains(u.Id)).Select(u => u.Number).ToListAsync(cancellationToken);
            var numbers = new SortedSet<int>();
            foreach (var number in changed)
            {
                numbers.UnionWith(await published.Where(u => u.Number == number).Select(u => u.Number).ToListAsync(cancellationToken));
                numbers.UnionWith(await published.Where(u => u.Number < number).OrderByDescending(u => u.Number).Select(u => u.Number).Take(1).ToListAsync(cancellationToken));
                numbers.UnionWith(await published.Where(u => u.Number > number).OrderBy(u => u.Number).Select(u => u.Number).Take(1).ToListAsync(cancellationToken));
            }

            paths.AddRange(numbers.Reverse().Select(n => links.GetPathByName(SiteRoutes.Update, new { number = n })).OfType<string>());
        }

        return paths;
    }

    private sealed record Evicted(string[] Tags, int[] UpdateIds);

    [LoggerMessage(EventId = 4310, Level = LogLevel.Debug, Message = "Warmed {Count} public pages after a change")]
    private static partial void Warmed(ILogger logger, int count);

    [LoggerMessage(EventId = 4311, Level = LogLevel.Warning, Message = "Could not warm {Path} after a change; its first reader renders it")]
    private static partial void Failed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Warning, Message = "Warming {Path} after a change answered {Status}, so it is not cached")]
    private static partial void NotCached(ILogger logger, string path, int status);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Warning, Message = "Could not find the pages to warm after a change")]
    private static partial void CouldNotList(ILogger logger, Exception exception);
}
