using SESLIP.Newsletter.Web.Security;

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

        services.AddPerAddressLimit(RateLimitPolicy, options.PermitLimit, TimeSpan.FromSeconds(options.WindowSeconds), wait =>
            $"Too many preview pages have been opened from your network. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds and try again.");
        return services;
    }
}
