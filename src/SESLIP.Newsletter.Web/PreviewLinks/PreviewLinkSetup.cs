using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SESLIP.Newsletter.Web.PreviewLinks;

public static class PreviewLinkSetup
{
    /// <summary>The rate-limit policy on <c>/preview/{token}</c>.</summary>
    public const string RateLimitPolicy = "preview";

    /// <summary>Preview links for reviewers without an account: the draft's page and the per-address limit.</summary>
    public static IServiceCollection AddPreviewLinks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PreviewLinkOptions.Section).Get<PreviewLinkOptions>() ?? new PreviewLinkOptions();
        services.AddScoped<DraftPreview>();

        services.AddRateLimiter(limiter => limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                QueueLimit = 0,
            })));

        // The site's rejection handler speaks of sign-in; a reviewer gets words about the preview.
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

                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.Headers.CacheControl = "no-store";
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"Too many preview pages have been opened from your network. Please wait {seconds} seconds and try again.", cancellationToken);
            };
        });
        return services;
    }
}
