using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Reads pages the way the tests look at them: parsed HTML and whitespace-collapsed text.</summary>
internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var (status, document) = await GetAsync(client, url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return document;
    }

    /// <summary>GETs a page and parses it; the status is checked by the caller.</summary>
    public static async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, await new HtmlParser().ParseDocumentAsync(body));
    }

    /// <summary>Whitespace-collapsed text, so assertions do not depend on the markup's line breaks.</summary>
    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
