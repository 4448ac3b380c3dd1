namespace SESLIP.Newsletter.Web.Import;

public static class ImportSetup
{
    public static IServiceCollection AddNewsletterImport(this IServiceCollection services) =>
        services.AddScoped<LegacyImporter>();
}
