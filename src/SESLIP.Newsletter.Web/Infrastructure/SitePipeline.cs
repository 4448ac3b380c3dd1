namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The site's whole request pipeline, captured as it is built, so the site can send itself a request
/// without a network: every middleware (forwarded headers, error pages, security headers, the page cache) runs
/// exactly as for a reader (docs/adr/0035-warm-pages-after-changes.md).</summary>
public sealed class SitePipeline
{
    private RequestDelegate? _pipeline;

    /// <summary>Null until the host has built its pipeline, and in processes that run no web server.</summary>
    public RequestDelegate? Pipeline => Volatile.Read(ref _pipeline);

    /// <summary>Placed before every other middleware by a startup filter: what it is handed as "next" is the
    /// rest of the pipeline, which is all of it.</summary>
    internal sealed class Capture(SitePipeline holder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(rest =>
            {
                Volatile.Write(ref holder._pipeline, rest);
                return rest;
            });
            next(app);
        };
    }
}
