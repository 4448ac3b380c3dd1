namespace SESLIP.Newsletter.Web.Services;

public static class SiteUrls
{
    /// <summary>The absolute root of the site as this request reached it, for links that leave the page
    /// (calendar events, vCards, subscription addresses).</summary>
    public static Uri SiteRoot(this HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static Uri Absolute(this HttpRequest request, string path) => new(request.SiteRoot(), path.TrimStart('/'));
}
