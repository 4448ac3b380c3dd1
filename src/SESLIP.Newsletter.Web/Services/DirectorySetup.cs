using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SESLIP.Newsletter.Web.Services;

public static class DirectorySetup
{
    /// <summary>Services of the meetings, networks, publications and contacts pages.</summary>
    public static IServiceCollection AddDirectoryPages(this IServiceCollection services)
    {
        // Which meetings are "upcoming" depends on today's date in London; tests move the clock.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
