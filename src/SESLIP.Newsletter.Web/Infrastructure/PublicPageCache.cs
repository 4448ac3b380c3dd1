using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Public pages are the same for every reader, so they are rendered once and served from the output
/// cache. Each page names, by tag, the kinds of record it shows; <see cref="Editing.EditorialChanges"/> evicts
/// the tags of the records a committed change touched, and nothing else evicts. The expiry only bounds how
/// stale a missed eviction could leave a page.</summary>
public static class PublicPageCache
{
    /// <summary>Put <c>[OutputCache(PolicyName = PublicPageCache.Policy, Tags = [...])]</c> on a public, anonymous
    /// GET action, with a tag for each kind of record the page shows.</summary>
    public const string Policy = "PublicPages";

    /// <summary>Published updates: their items and edition copies, the archive, the home page and the feed.</summary>
    public const string Updates = "updates";

    /// <summary>Networks and their meetings.</summary>
    public const string Meetings = "meetings";

    /// <summary>Publications, their documents and publishers.</summary>
    public const string Publications = "publications";

    /// <summary>Contacts and their organisations.</summary>
    public const string Contacts = "contacts";

    /// <summary>How long a cached page lives: it only bounds how stale a missed eviction can leave a page.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);

    /// <summary>The connection string of the Redis that servers share the cache through; unset, each process
    /// keeps its own cache in memory.</summary>
    public const string RedisSetting = "Redis:Configuration";

    /// <summary>The policy keys a page by its path and the London date alone. Campaign tags
    /// (<c>?utm_source=</c>) and per-recipient parameters on e-mailed links reach the cached copy: a page that
    /// reads query parameters names them with <c>VaryByQueryKeys</c> on its attribute, which replaces this empty
    /// list, and a page never echoes a parameter it does not name, so a copy cached for one address is right for
    /// every other. The date makes "upcoming" lists turn over at midnight, not up to the expiry later.</summary>
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Expiry)
            .SetVaryByQuery([])
            .VaryByValue(context => new("day", LondonClock.Today(context.RequestServices.GetRequiredService<TimeProvider>()).ToString("O", CultureInfo.InvariantCulture)))));
        if (configuration[RedisSetting] is { Length: > 0 } redis)
        {
            AddRedisStore(services, redis);
        }

        if (configuration.GetValue(PageWarmer.Setting, defaultValue: true))
        {
            // First of the startup filters, so the pipeline it captures is all of the site's.
            services.AddSingleton<SitePipeline>();
            services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SitePipeline.Capture>());
            services.AddSingleton<PageWarmer>();
            services.AddHostedService(provider => provider.GetRequiredService<PageWarmer>());
        }

        return services;
    }

    /// <summary>Several servers share one cache, so an eviction on one reaches them all (docs/adr/0030). The
    /// Redis store keeps each tag's keys itself and evicts by tag on the server; wrapped so that a Redis outage
    /// costs the cache, never the page.</summary>
    private static void AddRedisStore(IServiceCollection services, string configuration)
    {
        services.AddSingleton(_ => RedisConnection.FromConfiguration(configuration));
        // A prefix on every key, so the same Redis can serve other uses without a clash.
        services.AddStackExchangeRedisOutputCache(options => options.InstanceName = "newsletter-pages:");
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>(
            (options, connection) => options.ConnectionMultiplexerFactory = connection.GetAsync);

        // The Redis store is registered under IOutputCacheStore by type; take that registration and put the
        // wrapper in its place.
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
            (IOutputCacheStore)ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
    }

    /// <summary>The tag of the pages that show a record of this type; null for records no public page shows
    /// (accounts, audit entries). An update's own rows count only when the update is or was public, which
    /// the caller decides.</summary>
    public static string? TagFor(Type entityType) => entityType.Name switch
    {
        nameof(Update) or nameof(UpdateItem) or nameof(EditionMeeting) or nameof(EditionPublication)
            or nameof(EditionContact) or nameof(UpdateCorrection) => Updates,
        nameof(Network) or nameof(Meeting) => Meetings,
        nameof(Publication) or nameof(PublicationDocument) => Publications,
        nameof(Contact) or nameof(Organisation) => Contacts,
        _ => null,
    };
}
