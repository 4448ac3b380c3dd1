using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>Edition lines (meetings, publications, contacts) are plain text as readers saw them, not Markdown:
/// an asterisk or underscore in them is literal. They are encoded, and only their e-mail addresses and web
/// addresses become links.</summary>
public static partial class PlainText
{
    public static IHtmlContent Linkify(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var html = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (Match match in LinkTarget().Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[position..match.Index]));
            var value = match.Value;
            var href = match.Groups["email"].Success ? "mailto:" + value : value;
            html.Append("<a href=\"").Append(HtmlEncoder.Default.Encode(href)).Append("\">")
                .Append(HtmlEncoder.Default.Encode(value)).Append("</a>");
            position = match.Index + match.Length;
        }

        html.Append(HtmlEncoder.Default.Encode(text[position..]));
        return new HtmlString(html.ToString());
    }

    [GeneratedRegex(@"(?<email>(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})|(?<url>https?://[^\s<>""]+[^\s<>"".,;:!?)\]])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkTarget();
}
