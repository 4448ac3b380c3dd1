using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Infrastructure;

public static class HealthChecks
{
    private const string Ready = "ready";

    /// <summary>Where the probes live; request logging keeps them quiet by this prefix.</summary>
    public const string PathPrefix = "/health";

    public static IServiceCollection AddNewsletterHealthChecks(this IServiceCollection services)
    {
        // A real query, not just "can connect": SQLite happily opens (and creates) a file that has no tables.
        services.AddHealthChecks().AddDbContextCheck<NewsletterDbContext>("database", tags: [Ready],
            customTestQuery: async (db, cancellationToken) =>
            {
                try
                {
                    return await db.Updates.CountAsync(cancellationToken) >= 0;
                }
                catch (Exception e) when (DatabaseUnavailable.Is(e))
                {
                    return false;
                }
            });
        // Degraded, not unhealthy, when the shared page cache's Redis is down: the site serves on without it.
        services.AddHealthChecks().Add(new HealthCheckRegistration("redis",
            provider => new RedisHealthCheck(provider.GetService<RedisConnection>()), HealthStatus.Degraded, [Ready]));
        return services;
    }

    /// <summary><c>/health/live</c> checks nothing but the process (a restart would not fix the database);
    /// <c>/health/ready</c> checks the database, so a load balancer stops sending readers to an instance that
    /// cannot reach it, and Redis when one is configured (Degraded, still HTTP 200, while it is down).</summary>
    public static WebApplication MapNewsletterHealthChecks(this WebApplication app)
    {
        var probes = app.MapGroup(PathPrefix);
        probes.MapHealthChecks("live", new HealthCheckOptions { Predicate = _ => false });
        probes.MapHealthChecks("ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }
}
