using Microsoft.AspNetCore.OutputCaching;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Public pages are the same for every reader, so they are rendered once and served from the output
/// cache. Anything that changes what readers see (publishing, a correction, a scheduled publication)
/// must call <see cref="EvictAsync"/>; the expiry only bounds how stale a missed eviction can leave a page.</summary>
public static class PublicPageCache
{
    /// <summary>Put <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c> on a public, anonymous GET action.</summary>
    public const string Policy = "PublicPages";

    public const string Tag = "updates";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(5))
            .Tag(Tag)));

    /// <summary>Drops every cached public page, e.g. after an update is published or edited.</summary>
    public static ValueTask EvictAsync(IOutputCacheStore store, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Tag, cancellationToken);
}
