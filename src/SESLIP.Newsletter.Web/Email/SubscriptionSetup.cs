using SESLIP.Newsletter.Web.Security;

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

        services.AddPerAddressLimit(RateLimitPolicy, options.SubscribePermitLimit, TimeSpan.FromSeconds(options.SubscribeWindowSeconds), wait =>
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            return $"Too many subscription requests have come from your network. Please wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again.";
        });
        return services;
    }
}
