using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SESLIP.Newsletter.Web.Infrastructure;

public static class LeaseSetup
{
    /// <summary>Leases in the database, so background work runs on one instance at a time (section "Leases").</summary>
    public static IServiceCollection AddLeases(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LeaseOptions.Section).Get<LeaseOptions>() ?? new LeaseOptions();
        options.Check();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Leases>();
        services.AddSingleton<BackgroundLease>();
        return services;
    }
}
