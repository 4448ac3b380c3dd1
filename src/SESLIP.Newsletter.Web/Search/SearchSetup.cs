using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Search;

public static class SearchSetup
{
    /// <summary>The search engine of the configured database provider.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddScoped<ISearchEngine, SqlServerSearchEngine>();
        }
        else
        {
            services.AddScoped<ISearchEngine, SqliteSearchEngine>();
        }

        return services;
    }
}
