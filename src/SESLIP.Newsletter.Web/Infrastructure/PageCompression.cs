using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Public pages go out Brotli- or gzip-compressed (an update page is about a sixth of its size), which
/// is most of a phone's wait on a slow connection. Only the public cached pages: they carry no secret, while
/// editor and sign-in pages hold form tokens beside text a visitor can choose, the mix that compression can
/// leak (BREACH). A response that sets a cookie is never compressed, whatever the page.</summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "text/calendar", "text/vcard"]);
        });
        // The framework's rules, plus: never a response that sets a cookie.
        services.AddSingleton<IResponseCompressionProvider, CookieSafeCompressionProvider>();
        // Fastest: each response is compressed as it leaves (the cache keeps the plain copy), and the fastest
        // levels already take most of the gain on HTML.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After routing, so the page's endpoint is known.</summary>
    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PublicPageCache.Policy,
            branch => branch.UseResponseCompression());
}
