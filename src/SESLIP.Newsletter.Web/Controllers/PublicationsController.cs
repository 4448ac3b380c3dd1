using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>The Tools &amp; Templates library: every publication the Friday Update has listed.</summary>
public sealed class PublicationsController(NewsletterDbContext db) : Controller
{
    public const int PageSize = 25;

    [HttpGet("publications", Name = SiteRoutes.Publications)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Publications, PublicPageCache.Contacts }, VaryByQueryKeys = new[] { "publisher", "year", "q", "page" })]
    public async Task<IActionResult> Index(string? publisher, string? year, string? q, string? page, CancellationToken cancellationToken)
    {
        var messages = new List<string>();
        var filter = ReadFilter(publisher, year, q, messages);
        var requestedPage = Paging.Parse(page, out var pageMessage);
        if (pageMessage is not null)
        {
            messages.Add(pageMessage);
        }

        var query = db.Publications.AsNoTracking();
        if (filter.Publisher is { } name)
        {
            var exact = LikePattern.Exact(name);
            query = query.Where(p => p.Publisher != null
                ? EF.Functions.Like(p.Publisher.Name, exact, LikePattern.EscapeCharacter)
                : EF.Functions.Like(p.PublisherText, exact, LikePattern.EscapeCharacter));
        }

        if (filter.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(p => p.PublishedOn >= from && p.PublishedOn < to);
        }

        if (filter.Search is { } search)
        {
            var pattern = LikePattern.Contains(search);
            query = query.Where(p => EF.Functions.Like(p.Title, pattern, LikePattern.EscapeCharacter));
        }

        // The filter lists and the library's size as the database's triggers keep them, a row per publisher or year
        // however large the library (docs/adr/0040-counts-kept-by-triggers.md).
        var counts = await db.ListCounts.AsNoTracking()
            .Where(c => c.List == ListCount.Publishers || c.List == ListCount.PublicationYears || c.List == ListCount.Publications)
            .Select(c => new { c.List, c.Key, c.Count })
            .ToListAsync(cancellationToken);
        var total = filter.IsEmpty
            ? counts.Where(c => c.List == ListCount.Publications).Sum(c => c.Count)
            : await query.CountAsync(cancellationToken);

        var paging = Paging.Within(requestedPage ?? 1, PageSize, total);
        // Newest first then by title is no index's order, and SQLite sorts the whole library to find any page of
        // it. The page's oldest date comes first, from the date index alone; the page is then found among the
        // publications on or after that date, a page's worth and that day's others (docs/performance.md).
        var oldest = await query.OrderByDescending(p => p.PublishedOn)
            .Skip(paging.Skip + paging.PageSize - 1)
            .Select(p => p.PublishedOn)
            .FirstOrDefaultAsync(cancellationToken);
        var upToPage = oldest is DateOnly day ? query.Where(p => p.PublishedOn >= day) : query;
        var publications = await upToPage
            .OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(PublicationListItem.Projection)
            .ToListAsync(cancellationToken);

        var publishers = counts.Where(c => c.List == ListCount.Publishers).Select(c => new NameCount(c.Key, c.Count));
        var years = counts.Where(c => c.List == ListCount.PublicationYears).Select(c => new YearCount(ListCount.Year(c.Key), c.Count));

        if (messages.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new PublicationsPage(
            publications,
            filter,
            [.. publishers.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).Select(p => new FilterOption(p.Name, p.Name, p.Count))],
            [.. years.OrderByDescending(y => y.Year).Select(y => new FilterOption(y.Year.ToString(CultureInfo.InvariantCulture), y.Year.ToString(CultureInfo.InvariantCulture), y.Count))],
            paging,
            messages));
    }

    /// <summary>A publication by its slug, or by its number for links made before it had one.</summary>
    [HttpGet("publications/{idOrSlug}", Name = SiteRoutes.Publication)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Publications, PublicPageCache.Contacts, PublicPageCache.Updates })]
    public async Task<IActionResult> Show(string idOrSlug, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking()
            .Where(p => p.Slug == idOrSlug)
            .Select(PublicationListItem.Projection)
            .SingleOrDefaultAsync(cancellationToken);

        if (publication is null && int.TryParse(idOrSlug, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var slug = await db.Publications.AsNoTracking().Where(p => p.Id == id).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken);
            return slug is null ? NotFound() : RedirectToRoutePermanent(SiteRoutes.Publication, new { idOrSlug = slug });
        }

        if (publication is null)
        {
            return NotFound();
        }

        // Three small queries rather than one: SQLite cannot run the correlated form (no APPLY).
        var updates = await db.Updates.AsNoTracking()
            .Published()
            .Where(u => u.Publications.Any(ep => ep.PublicationId == publication.Id) || u.Items.Any(i => i.PublicationId == publication.Id))
            .OrderByDescending(u => u.Number)
            .Select(u => new { u.Id, u.Number, u.IssueDate })
            .ToListAsync(cancellationToken);

        var items = await db.UpdateItems.AsNoTracking()
            .InPublishedUpdates().Where(i => i.PublicationId == publication.Id)
            .OrderBy(i => i.Position)
            .Select(i => new { i.UpdateId, Mention = new UpdateMention(i.Update!.Number, i.Update.IssueDate, i.Title, i.Anchor) })
            .ToListAsync(cancellationToken);

        var listings = await db.EditionPublications.AsNoTracking()
            .Where(ep => ep.PublicationId == publication.Id)
            .OrderBy(ep => ep.Position)
            .Select(ep => new { ep.UpdateId, ep.Text })
            .ToListAsync(cancellationToken);

        return View(new PublicationPage(
            publication,
            [.. updates.Select(u => new PublicationFeature(
                u.Number,
                u.IssueDate,
                [.. items.Where(i => i.UpdateId == u.Id).Select(i => i.Mention)],
                listings.FirstOrDefault(l => l.UpdateId == u.Id)?.Text))]));
    }

    private static PublicationFilter ReadFilter(string? publisher, string? year, string? search, List<string> messages)
    {
        publisher = string.IsNullOrWhiteSpace(publisher) ? null : publisher.Trim();
        if (publisher is { Length: > Limits.Name })
        {
            messages.Add($"A publisher's name has at most {Limits.Name} characters; showing every publisher.");
            publisher = null;
        }

        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (year.Trim().Length == 4 && int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1900 && parsed < DateOnly.MaxValue.Year)
            {
                yearValue = parsed;
            }
            else
            {
                messages.Add($"“{Paging.Shorten(year)}” is not a year. Choose a year such as 2025 (from 1900 to {DateOnly.MaxValue.Year - 1}); showing every year.");
            }
        }

        search = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        if (search is { Length: > PublicationFilter.MaxSearchLength })
        {
            messages.Add($"Search text can be at most {PublicationFilter.MaxSearchLength} characters (yours had {search.Length:N0}); showing every title.");
            search = null;
        }

        return new PublicationFilter(publisher, yearValue, search);
    }

    private sealed record NameCount(string Name, int Count);

    private sealed record YearCount(int Year, int Count);
}
