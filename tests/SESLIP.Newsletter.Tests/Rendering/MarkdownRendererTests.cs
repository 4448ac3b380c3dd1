using System.Text.Encodings.Web;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Html;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Tests.Rendering;

public sealed class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new(new MarkdownRendererOptions());

    public void Dispose() => _renderer.Dispose();

    private string Render(string markdown, int topHeadingLevel = MarkdownRenderer.DefaultTopHeadingLevel)
    {
        using var writer = new StringWriter();
        _renderer.Render(markdown, topHeadingLevel).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private IDocument RenderDocument(string markdown) => Html.Parse(Render(markdown));

    [Fact]
    public void Script_tag_is_shown_as_text_and_never_becomes_an_element()
    {
        var document = RenderDocument("<script>alert(1)</script>");

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_tag_with_an_event_handler_is_shown_as_text()
    {
        var document = RenderDocument("<img src=x onerror=alert(1)>");

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("[onerror]"));
        Assert.Contains("onerror=alert(1)", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Link_with_a_dangerous_scheme_keeps_its_text_but_loses_its_target(string markdown)
    {
        var document = RenderDocument(markdown);

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.False(link.HasAttribute("href"));
        Assert.NotEmpty(link.TextContent);
        Assert.Empty(document.QuerySelectorAll("[src]"));
    }

    [Fact]
    public void Markdown_image_cannot_smuggle_an_event_handler()
    {
        var document = RenderDocument("![x](https://example.org/x.png \"t\" onerror=\"alert(1)\")");

        Assert.Empty(document.QuerySelectorAll("[onerror]"));
    }

    [Fact]
    public void Image_from_a_data_address_is_removed()
    {
        var document = RenderDocument("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)");

        Assert.All(document.QuerySelectorAll("img"), img => Assert.False(img.HasAttribute("src")));
    }

    [Fact]
    public void Web_mail_and_phone_links_are_kept()
    {
        var document = RenderDocument("[site](https://example.org/a?b=1) [mail](mailto:a@example.org) [call](tel:+447803147072)");

        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/a?b=1", "mailto:a@example.org", "tel:+447803147072"], hrefs);
    }

    [Fact]
    public void Bare_email_address_becomes_a_mailto_link()
    {
        var document = RenderDocument("If you would like to feedback, email teacher.wellbeing@education.gov.uk today.");

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("mailto:teacher.wellbeing@education.gov.uk", link.GetAttribute("href"));
        Assert.Equal("teacher.wellbeing@education.gov.uk", link.TextContent);
        Assert.Equal("If you would like to feedback, email teacher.wellbeing@education.gov.uk today.", document.Body!.Text());
    }

    [Fact]
    public void Angle_bracket_email_and_bare_web_address_become_links()
    {
        var document = RenderDocument("Write to <richard.tyndall@richardtyndall.co.uk> or see https://www.seslip.co.uk/plan");

        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["mailto:richard.tyndall@richardtyndall.co.uk", "https://www.seslip.co.uk/plan"], hrefs);
    }

    [Fact]
    public void Email_inside_a_link_text_is_not_linked_twice()
    {
        var document = RenderDocument("[write to a@example.org](https://example.org/contact)");

        Assert.Single(document.QuerySelectorAll("a"));
    }

    [Fact]
    public void Bulleted_and_numbered_lists_render_as_lists()
    {
        var document = RenderDocument("- maintaining professional curiosity\n- staying child-centred\n\n1. first\n2. second");

        Assert.Equal(2, document.QuerySelectorAll("ul > li").Length);
        Assert.Equal(2, document.QuerySelectorAll("ol > li").Length);
    }

    [Fact]
    public void Headings_start_below_the_item_title_by_default()
    {
        var document = RenderDocument("# Findings\n\n## Detail");

        Assert.NotNull(document.QuerySelector("h4"));
        Assert.NotNull(document.QuerySelector("h5"));
        Assert.Null(document.QuerySelector("h1"));
    }

    [Fact]
    public void Heading_level_can_be_chosen_by_the_caller()
    {
        Assert.Contains("<h2>Findings</h2>", Render("# Findings", topHeadingLevel: 2), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var document = RenderDocument("| Measure | Value |\n| --- | ---: |\n| NEET | 13.4% |");

        Assert.Equal(["Measure", "Value"], document.QuerySelectorAll("th").Select(th => th.TextContent).ToList());
        Assert.Equal(["NEET", "13.4%"], document.QuerySelectorAll("td").Select(td => td.TextContent).ToList());
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void A_new_line_in_the_text_is_kept_as_a_line_break()
    {
        var document = RenderDocument("Confirmed speakers:\nBecca Williams\nMark Riddell MBE");

        Assert.Equal(2, document.QuerySelectorAll("p > br").Length);
    }

    [Fact]
    public void Emphasis_and_strikethrough_render()
    {
        var document = RenderDocument("**bold** *italic* ~~gone~~");

        Assert.NotNull(document.QuerySelector("strong"));
        Assert.NotNull(document.QuerySelector("em"));
        Assert.NotNull(document.QuerySelector("del"));
    }

    [Fact]
    public void Empty_text_renders_nothing()
    {
        Assert.Same(HtmlString.Empty, _renderer.Render(null));
        Assert.Same(HtmlString.Empty, _renderer.Render("   "));
    }

    [Fact]
    public void Same_text_is_rendered_once_and_then_served_from_the_cache()
    {
        var first = _renderer.Render("Some **text**");
        var second = _renderer.Render("Some **text**");

        Assert.Same(first, second);
    }
}
