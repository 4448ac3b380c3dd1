using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SESLIP.Newsletter.Web.Import;

public static class ImportSetup
{
    public static IServiceCollection AddNewsletterImport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<LegacyImporter>();
    }
}
