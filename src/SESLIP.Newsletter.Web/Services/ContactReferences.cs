using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;

namespace SESLIP.Newsletter.Web.Services;

/// <summary>Turns "please contact Chris Owen (details below)" in an update's rendered text into a link to that
/// person's directory entry. Runs on the renderer's already-sanitised HTML and only adds links whose text and
/// address it builds itself, so it cannot let editor text inject anything.</summary>
public static partial class ContactReferences
{
    /// <summary>A person an update lists, and where their entry is.</summary>
    public sealed record Person(string Name, string Href);

    public static IHtmlContent Link(IHtmlContent rendered, IReadOnlyList<Person> people)
    {
        using var writer = new StringWriter();
        rendered.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var html = writer.ToString();
        if (people.Count == 0 || !AnyDetailsBelow().IsMatch(html))
        {
            return rendered;
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;

        var changed = false;
        foreach (var text in body.Descendants<IText>().ToList())
        {
            if (text.Ancestors<IElement>().Any(e => e.LocalName == "a"))
            {
                continue;
            }

            changed |= LinkIn(text, people, document);
        }

        return changed ? new HtmlString(body.InnerHtml) : rendered;
    }

    private static bool LinkIn(IText text, IReadOnlyList<Person> people, IDocument document)
    {
        foreach (var person in people.OrderByDescending(p => p.Name.Length))
        {
            var data = text.Data;
            var at = data.IndexOf(person.Name, StringComparison.Ordinal);
            if (at < 0 || !DetailsBelow().IsMatch(data[(at + person.Name.Length)..]))
            {
                continue;
            }

            var link = document.CreateElement("a");
            link.SetAttribute("href", person.Href);
            link.TextContent = person.Name;
            var parent = text.Parent!;
            parent.InsertBefore(document.CreateTextNode(data[..at]), text);
            parent.InsertBefore(link, text);
            text.Data = data[(at + person.Name.Length)..];
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\((?:contact )?details below\)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyDetailsBelow();

    // The name is followed, within the same sentence, by "(details below)" or "(contact details below)".
    [GeneratedRegex(@"^[^.]{0,80}?\((?:contact )?details below\)", RegexOptions.CultureInvariant)]
    private static partial Regex DetailsBelow();
}
