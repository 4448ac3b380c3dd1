using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Rendering;
using SESLIP.Newsletter.Web.Search;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>"Find anything the Friday Update ever said." Not output-cached: the addresses are as many as the
/// queries readers type, and the index changes the moment an editor saves (docs/adr/0018-full-text-search.md).</summary>
public sealed partial class SearchController(NewsletterDbContext db, ISearchEngine engine, ILogger<SearchController> logger) : Controller
{
    [HttpGet("/search", Name = SiteRoutes.Search)]
    public async Task<IActionResult> Index(string? q, string? year, string? type, string? sort, string? page, CancellationToken cancellationToken)
    {
        var filters = SearchFilters.Read(q, year, type, sort, page);
        var messages = filters.Messages.ToList();
        var years = await db.Updates.Published().AsNoTracking()
            .Select(u => u.IssueDate.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

        var results = await RunAsync(filters.ToRequest(), messages, cancellationToken);
        // The pager stops at the last page a reader may ask for; the count stays true.
        var paging = Paging.Within(filters.Page, SearchFilters.PageSize, Math.Min(results.TotalCount, SearchFilters.MaxPage * SearchFilters.PageSize));
        if (paging.Page != filters.Page && results.TotalCount > 0)
        {
            messages.Add($"There are only {paging.TotalPages} pages of results, so the last one is shown.");
            results = await RunAsync(filters.ToRequest(paging.Page), messages, cancellationToken);
        }

        var rows = results.Hits.Select(h => SearchPage.ToResult(Url, h)).ToList();
        return View(new SearchPage(filters, paging, results.TotalCount, rows, years, messages));
    }

    /// <summary>The newest items matching a search, as Atom, so a reader can follow a topic.</summary>
    [HttpGet("/search.atom", Name = SiteRoutes.SearchFeed)]
    public async Task<IActionResult> Feed(string? q, CancellationToken cancellationToken)
    {
        var filters = SearchFilters.Read(q, null, null, "newest", null) with { Kind = SearchKind.Item };
        var results = await RunAsync(filters.ToRequest(1, SearchFeed.Size), [], cancellationToken);
        var entries = results.Hits.Select(h => (h, new Uri(Url.AbsoluteRoute(SiteRoutes.Update, new { number = h.UpdateNumber }, h.Slug)))).ToList();
        var bytes = SearchFeed.Write(
            filters.Query.Text,
            entries,
            home: new Uri(Url.AbsoluteRoute(SiteRoutes.Home)),
            self: new Uri(Url.AbsoluteRoute(SiteRoutes.SearchFeed, new { q = filters.Query.Text })),
            alternate: new Uri(Url.AbsoluteRoute(SiteRoutes.Search, new { q = filters.Query.Text, sort = "newest" })));
        return File(bytes, UpdateFeed.ContentType);
    }

    // The parser means the engine only ever sees well-formed syntax; should it still refuse, the reader gets a
    // page that says so and the log gets the details, never the engine's own words.
    private async Task<SearchResults> RunAsync(SearchRequest request, List<string> messages, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.SearchAsync(request, cancellationToken);
        }
        catch (DbException exception)
        {
            SearchFailed(logger, exception, request.Query.Text);
            messages.Add("Your search could not be run. Try different words.");
            return SearchResults.None;
        }
    }

    [LoggerMessage(EventId = 4501, Level = LogLevel.Error, Message = "Search for {Query} failed")]
    private static partial void SearchFailed(ILogger logger, Exception exception, string query);
}
