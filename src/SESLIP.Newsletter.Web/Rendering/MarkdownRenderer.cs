using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>
/// The one path from editor Markdown to HTML: public pages, the editor's preview, the feed and e-mail all
/// call <see cref="Render"/>, so they can never disagree and sanitising happens in exactly one place.
/// Raw HTML in the source is shown as text, and the output is sanitised against an allow-list as well, so a
/// gap in either layer is closed by the other.
/// </summary>
public sealed partial class MarkdownRenderer : IDisposable
{
    /// <summary>The heading level a Markdown <c># heading</c> becomes by default: items sit under the page's
    /// h1, its section h2s and their own h3 title.</summary>
    public const int DefaultTopHeadingLevel = 4;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        // Editors type into a plain text box and expect a new line where they pressed Enter
        // (lists of speakers, addresses), not CommonMark's joined paragraph.
        .UseSoftlineBreakAsHardlineBreak()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private readonly MemoryCache _cache;

    public MarkdownRenderer(MarkdownRendererOptions options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.CacheSizeInCharacters });
    }

    /// <summary>Renders editor Markdown as safe HTML. Results are cached by their source text, so a long update
    /// is not re-rendered for every reader.</summary>
    public IHtmlContent Render(string? markdown, int topHeadingLevel = DefaultTopHeadingLevel)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        topHeadingLevel = Math.Clamp(topHeadingLevel, 1, 6);
        var key = new CacheKey(markdown, topHeadingLevel);
        if (_cache.TryGetValue(key, out HtmlString? cached) && cached is not null)
        {
            return cached;
        }

        var html = new HtmlString(RenderUncached(markdown, topHeadingLevel));
        _cache.Set(key, html, new MemoryCacheEntryOptions
        {
            // Sized in characters held: the source text (the key) plus the HTML.
            Size = markdown.Length + html.Value!.Length,
            SlidingExpiration = TimeSpan.FromHours(1),
        });
        return html;
    }

    public void Dispose() => _cache.Dispose();

    internal static string RenderUncached(string markdown, int topHeadingLevel)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        ShiftHeadings(document, topHeadingLevel);
        LinkBareEmailAddresses(document);
        var html = document.ToHtml(Pipeline);
        return Sanitizer.Sanitize(html);
    }

    // An item's "# Title" must not compete with the page's own h1 and section headings.
    private static void ShiftHeadings(MarkdownDocument document, int topHeadingLevel)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + topHeadingLevel - 1);
        }
    }

    // Newsletter text names people by e-mail address ("email teacher.wellbeing@education.gov.uk") far more
    // often than it writes <angle-bracket> links, and Markdig only links the latter.
    private static void LinkBareEmailAddresses(MarkdownDocument document)
    {
        var literals = document.Descendants<LiteralInline>()
            .Where(l => l.FirstParentOfType<LinkInline>() is null)
            .ToList();

        foreach (var literal in literals)
        {
            var text = literal.Content.ToString();
            var matches = EmailAddress().Matches(text);
            if (matches.Count == 0)
            {
                continue;
            }

            Inline current = literal;
            var position = 0;
            foreach (Match match in matches)
            {
                current = InsertAfter(current, new LiteralInline(text[position..match.Index]));
                var link = new LinkInline("mailto:" + match.Value, "") { IsAutoLink = true };
                link.AppendChild(new LiteralInline(match.Value));
                current = InsertAfter(current, link);
                position = match.Index + match.Length;
            }

            InsertAfter(current, new LiteralInline(text[position..]));
            literal.Remove();
        }
    }

    private static Inline InsertAfter(Inline anchor, Inline next)
    {
        anchor.InsertAfter(next);
        return next;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                "strong", "em", "b", "i", "del", "ins", "mark", "sub", "sup", "code", "pre", "blockquote",
                "ul", "ol", "li", "dl", "dt", "dd",
                "table", "thead", "tbody", "tr", "th", "td",
                "a", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "start", "colspan", "rowspan",
            },
            // Everything else, including javascript:, data: and vbscript:, is removed with its attribute.
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    private sealed record CacheKey(string Markdown, int TopHeadingLevel);
}

public sealed class MarkdownRendererOptions
{
    public const string Section = "Markdown";

    /// <summary>Upper bound of the render cache, in characters of source plus HTML (about 2 bytes each).</summary>
    public long CacheSizeInCharacters { get; set; } = 8_000_000;
}
