using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Redirects;

/// <summary>Where the old site's addresses are looked up. The lookup runs only for a GET or HEAD that no route
/// matched, or for a request carrying a WordPress post query (<c>/?p=8851</c>, which the home page's route
/// matches): every other request pays one null check and one query-string check
/// (docs/adr/0017-old-site-addresses.md).</summary>
public static class LegacyAddresses
{
    public static IServiceCollection AddLegacyAddresses(this IServiceCollection services)
    {
        services.AddSingleton<RedirectTable>();
        services.AddScoped<RedirectCommands>();
        return services;
    }

    /// <summary>After <c>UseRouting</c>, so the matched endpoint (or its absence) is known.</summary>
    public static WebApplication UseLegacyAddresses(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && (context.GetEndpoint() is null || HasPostQuery(request.Query))
                && await FindAsync(context) is { } target)
            {
                context.Response.Redirect(target, permanent: true);
                return;
            }

            await next(context);
        });
        return app;
    }

    /// <summary>The target for the request's address, or null when the table has none.</summary>
    public static ValueTask<string?> FindAsync(HttpContext context)
    {
        var request = context.Request;
        var key = Redirect.KeyFor(request.Path.Value ?? "/", request.QueryString.HasValue ? Redirect.PostQuery(request.QueryString.Value!) : null);
        return context.RequestServices.GetRequiredService<RedirectTable>().FindAsync(key, context.RequestAborted);
    }

    private static bool HasPostQuery(IQueryCollection query)
    {
        foreach (var key in Redirect.PostKeys)
        {
            if (query.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }
}
