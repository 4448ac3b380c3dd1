using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SESLIP.Newsletter.Web.Security;

/// <summary>A rate limit for one kind of public request: a fixed window per client address, answered when
/// exceeded with 429, a Retry-After and words of its own. The site's default rejection (sign-in, set up in
/// <see cref="EditorAreaSetup"/>) answers for every other policy.</summary>
public static class PerAddressLimits
{
    /// <param name="message">The plain-text answer, given how long the client must wait.</param>
    public static IServiceCollection AddPerAddressLimit(this IServiceCollection services, string policy, int permitLimit, TimeSpan window,
        Func<TimeSpan, string> message)
    {
        services.AddRateLimiter(limiter => limiter.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })));

        services.PostConfigure<RateLimiterOptions>(limiter =>
        {
            var others = limiter.OnRejected;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var rejectedBy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                if (rejectedBy != policy && others is not null)
                {
                    await others(context, cancellationToken);
                    return;
                }

                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                response.Headers.CacheControl = "no-store";
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(message(retryAfter), cancellationToken);
            };
        });
        return services;
    }
}
