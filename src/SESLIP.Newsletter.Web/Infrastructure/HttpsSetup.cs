using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>HTTPS behind a proxy that terminates TLS: the proxy's <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed only from the addresses in the "ForwardedHeaders" section (loopback
/// when none are given, for a proxy on the same machine), so a reader cannot claim another address or scheme.
/// HSTS and HTTPS redirection then see the scheme the reader used (docs/deployment.md).</summary>
public static class HttpsSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddNewsletterHttps(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection(Section).GetSection("KnownProxies"))
            .Select(value => IPAddress.TryParse(value, out var address) ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies: '{value}' is not an IP address."))
            .ToList();
        var networks = Values(configuration.GetSection(Section).GetSection("KnownNetworks"))
            .Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network
                : throw new InvalidOperationException($"{Section}:KnownNetworks: '{value}' is not a network such as 10.0.0.0/8."))
            .ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count > 0 || networks.Count > 0)
            {
                // Configured addresses replace the loopback default rather than adding to it.
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                proxies.ForEach(options.KnownProxies.Add);
                networks.ForEach(options.KnownIPNetworks.Add);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so logs, the sign-in rate limit, HSTS and redirection all see the
    /// reader's address and scheme.</summary>
    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>HSTS on HTTPS responses and HTTP redirected to HTTPS, outside Development. Redirection needs
    /// the public HTTPS port (<c>HTTPS_PORT</c>, e.g. <c>ASPNETCORE_HTTPS_PORT=443</c>) because Kestrel listens
    /// on HTTP alone behind a proxy; without it requests are served as they come.</summary>
    public static WebApplication UseHttpsOutsideDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>A list from configuration: array entries (<c>KnownProxies__0</c>) or one value separated by
    /// commas or spaces (<c>KnownProxies="10.0.0.2, 10.0.0.3"</c>).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        new[] { section.Value }.Concat(section.GetChildren().Select(c => c.Value))
            .SelectMany(v => (v ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
