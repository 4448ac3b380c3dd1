namespace SESLIP.Newsletter.Web.Rendering;

public static class RenderingSetup
{
    /// <summary>Registers the one Markdown renderer (a singleton: it owns the render cache) what builds on it, and the stored
    /// editions rendered through the views (docs/adr/0038-stored-editions.md).</summary>
    public static IServiceCollection AddMarkdownRendering(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MarkdownRendererOptions.Section).Get<MarkdownRendererOptions>() ?? new MarkdownRendererOptions();
        services.AddSingleton(_ => new MarkdownRenderer(options));
        services.AddSingleton<UpdateFeed>();
        services.AddScoped<ViewRenderer>();
        services.AddScoped<StoredEditions>();
        return services;
    }
}
