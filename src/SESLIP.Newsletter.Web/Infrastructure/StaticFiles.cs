using Microsoft.Net.Http.Headers;

namespace SESLIP.Newsletter.Web.Infrastructure;

public static class StaticFiles
{
    /// <summary>Files linked with <c>asp-append-version</c> carry a content hash (<c>?v=</c>), so browsers may
    /// keep them for a year; anything else is revalidated.</summary>
    public static WebApplication UseNewsletterStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        return app;
    }
}
