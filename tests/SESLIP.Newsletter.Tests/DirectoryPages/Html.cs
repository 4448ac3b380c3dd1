using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SESLIP.Newsletter.Tests.DirectoryPages;

internal static class Html
{
    /// <summary>GETs a page and parses it; the status is checked by the caller.</summary>
    public static async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(body));
    }

    public static async Task<IDocument> GetOkAsync(HttpClient client, string url)
    {
        var (status, document) = await GetAsync(client, url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return document;
    }

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
