using System.Text.Encodings.Web;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Tests.Rendering;

public sealed class PlainTextTests
{
    private static string Linkify(string text)
    {
        using var writer = new StringWriter();
        PlainText.Linkify(text).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void Markup_in_an_edition_line_is_shown_as_text()
    {
        var document = Html.Parse(Linkify("QA Network: <script>alert(1)</script> *not emphasis*"));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("em"));
        Assert.Equal("QA Network: <script>alert(1)</script> *not emphasis*", document.Body!.TextContent);
    }

    [Fact]
    public void Email_addresses_and_web_addresses_in_an_edition_line_become_links()
    {
        var document = Html.Parse(Linkify("SEND SE19: 12-2pm via Teams. More from sonia.dayal@sdsa.net or https://example.org/send."));

        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["mailto:sonia.dayal@sdsa.net", "https://example.org/send"], hrefs);
        Assert.EndsWith("https://example.org/send.", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
