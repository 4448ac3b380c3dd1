namespace SESLIP.Newsletter.Web.Infrastructure;

public static class StaticFiles
{
    /// <summary>CSS and images from wwwroot through the framework's static asset endpoints: the build writes
    /// Brotli and gzip copies beside each file and a manifest, so a browser that accepts them gets the
    /// compressed copy with <c>Content-Encoding</c> and <c>Vary: Accept-Encoding</c>, and ETags. Links made
    /// with <c>asp-append-version</c> point at the content-hashed name, which browsers keep for a year.
    /// <c>ReloadStaticAssetsAtRuntime</c> is off in appsettings.json: the framework's live-reload mode for a
    /// build's output re-compresses files as gzip while labelling them Brotli, which browsers cannot read.</summary>
    public static WebApplication MapNewsletterStaticFiles(this WebApplication app)
    {
        app.MapStaticAssets();
        return app;
    }
}
