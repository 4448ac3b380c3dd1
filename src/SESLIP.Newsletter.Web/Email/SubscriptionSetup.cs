using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SESLIP.Newsletter.Web.Email;

public static class SubscriptionSetup
{
    /// <summary>The rate-limit policy on the subscribe form: each attempt may send an e-mail to anyone.</summary>
    public const string RateLimitPolicy = "subscribe";

    /// <summary>Subscribing by e-mail: tokens, links, the service and the per-address limit on attempts.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SubscriptionOptions.Section).Get<SubscriptionOptions>() ?? new SubscriptionOptions();
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddSingleton<SubscriptionTokens>();
        services.AddSingleton<SubscriptionLinks>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<SubscriberImport>();

        services.AddRateLimiter(limiter => limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.SubscribePermitLimit,
                Window = TimeSpan.FromSeconds(options.SubscribeWindowSeconds),
                QueueLimit = 0,
            })));

        // The site has one rejection handler (written for sign-in); subscribe attempts get their own words.
        services.PostConfigure<RateLimiterOptions>(limiter =>
        {
            var others = limiter.OnRejected;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                if (policy != RateLimitPolicy && others is not null)
                {
                    await others(context, cancellationToken);
                    return;
                }

                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : TimeSpan.FromSeconds(options.SubscribeWindowSeconds);
                var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    $"Too many subscription requests have come from your network. Please wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again.",
                    cancellationToken);
            };
        });
        return services;
    }
}
