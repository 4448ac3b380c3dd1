using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Field errors in the site's form pattern: the message above the input, announced with
/// an "Error:" prefix, and the red bar on its group.</summary>
public static class FormHtml
{
    public static bool HasError(this IHtmlHelper html, string name) =>
        html.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;

    public static string GroupClass(this IHtmlHelper html, string name) =>
        html.HasError(name) ? "form-group form-group--error" : "form-group";

    public static string InputClass(this IHtmlHelper html, string name, string baseClass = "input") =>
        html.HasError(name) ? $"{baseClass} {baseClass}--error" : baseClass;

    public static IHtmlContent ErrorFor(this IHtmlHelper html, string name)
    {
        if (!html.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0)
        {
            return HtmlString.Empty;
        }

        var id = html.GenerateIdFromName(name) + "-error";
        var messages = string.Join(" ", entry.Errors.Select(e => HtmlEncoder.Default.Encode(e.ErrorMessage)));
        return new HtmlString($"<p class=\"error-message\" id=\"{id}\"><span class=\"visually-hidden\">Error:</span> {messages}</p>");
    }

    /// <summary>The aria-describedby value linking an input to its error, or null.</summary>
    public static string? DescribedBy(this IHtmlHelper html, string name, string? hintId = null)
    {
        var ids = new List<string>();
        if (hintId is not null)
        {
            ids.Add(hintId);
        }

        if (html.HasError(name))
        {
            ids.Add(html.GenerateIdFromName(name) + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
