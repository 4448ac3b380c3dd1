using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>The results page: what was asked, what was found, and where each result lives.</summary>
public sealed record SearchPage(SearchFilters Filters, Paging Paging, int TotalCount, IReadOnlyList<SearchPage.Result> Results, IReadOnlyList<int> Years, IReadOnlyList<string> Messages)
{
    public sealed record Result(string KindLabel, string Url, IHtmlContent Title, IHtmlContent Snippet, int? UpdateNumber, DateOnly? IssueDate)
    {
        public string? IssueDateText => IssueDate is DateOnly d ? Dates.DayMonthYear(d) : null;

        public string? IssueDateAttribute => IssueDate is DateOnly d ? Dates.Iso(d) : null;
    }

    public static string KindLabel(SearchKind kind) => kind switch
    {
        SearchKind.Item => "News item",
        SearchKind.Intro => "Update introduction",
        SearchKind.Publication => "Publication",
        SearchKind.Network => "Network",
        SearchKind.Meeting => "Meeting",
        _ => "Contact",
    };

    /// <summary>Where a result links: an item's permalink, an update, or the directory record's page.</summary>
    public static string UrlOf(IUrlHelper url, SearchHit hit) => hit.Kind switch
    {
        SearchKind.Item => url.Update(hit.UpdateNumber ?? 0, hit.Slug),
        SearchKind.Intro => url.Update(hit.UpdateNumber ?? 0),
        SearchKind.Publication => url.RouteUrl(SiteRoutes.Publication, new { idOrSlug = hit.Slug })!,
        SearchKind.Network or SearchKind.Meeting => url.Network(hit.Slug),
        _ => url.Contact(hit.Slug),
    };

    public static Result ToResult(IUrlHelper url, SearchHit hit)
    {
        var title = hit.Kind == SearchKind.Intro || string.IsNullOrWhiteSpace(hit.TitleMarked)
            ? new HtmlString(System.Text.Encodings.Web.HtmlEncoder.Default.Encode($"Update no {hit.UpdateNumber}"))
            : SnippetHtml.Render(hit.TitleMarked);
        return new Result(KindLabel(hit.Kind), UrlOf(url, hit), title, SnippetHtml.Render(hit.SnippetMarked), hit.UpdateNumber, hit.IssueDate);
    }
}
