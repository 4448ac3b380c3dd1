using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Redis only holds the shared page cache: without it pages are rendered for each reader and the site
/// still serves them, so an unreachable Redis makes the site degraded, never unready.</summary>
public sealed class RedisHealthCheck(RedisConnection? redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (redis is null)
        {
            return HealthCheckResult.Healthy("The page cache is in memory.");
        }

        try
        {
            var multiplexer = await redis.GetAsync();
            await multiplexer.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (ResilientOutputCacheStore.IsUnavailable(e))
        {
            return HealthCheckResult.Degraded("Redis cannot be reached: pages are rendered without the shared cache.", e);
        }
    }
}
