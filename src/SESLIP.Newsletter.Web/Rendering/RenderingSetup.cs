namespace SESLIP.Newsletter.Web.Rendering;

public static class RenderingSetup
{
    /// <summary>Registers the one Markdown renderer (a singleton: it owns the render cache) and what builds on it.</summary>
    public static IServiceCollection AddMarkdownRendering(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MarkdownRendererOptions.Section).Get<MarkdownRendererOptions>() ?? new MarkdownRendererOptions();
        services.AddSingleton(_ => new MarkdownRenderer(options));
        services.AddSingleton<UpdateFeed>();
        return services;
    }
}
