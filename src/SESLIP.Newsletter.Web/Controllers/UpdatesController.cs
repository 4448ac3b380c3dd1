using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Rendering;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>The public archive. Only published updates exist here: a draft's number answers 404, exactly like a
/// number never used, so nothing about unpublished work leaks.</summary>
[Route("updates")]
public sealed class UpdatesController(NewsletterDbContext db, UpdateFeed feed, StoredEditions editions) : Controller
{
    public const int FeedSize = 20;
    private const int MinYear = 1900;
    private const int MaxYear = 9998;

    /// <summary>One year of the archive (<c>?year=2024</c>; the newest year without it) and the list of years.</summary>
    [HttpGet("", Name = SiteRoutes.Archive)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates }, VaryByQueryKeys = new[] { "year" })]
    public async Task<IActionResult> Archive(string? year, CancellationToken cancellationToken)
    {
        string? message = null;
        int? requested = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            var text = year.Trim();
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= MinYear && parsed <= MaxYear)
            {
                requested = parsed;
            }
            else
            {
                message = $"“{Paging.Shorten(year)}” is not a year. Choose a year such as 2025 (from {MinYear} to {MaxYear}); showing the newest year.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        var page = await ArchivePage.LoadAsync(db.Updates.Published(), db.ListCounts, requested, message, cancellationToken);
        if (requested is int y && page.Updates.Count == 0)
        {
            // A year with nothing in it is an address that leads nowhere; the page still offers every year that has.
            Response.StatusCode = StatusCodes.Status404NotFound;
            page = page with { Message = $"No update was published in {y}. Choose one of the years below." };
        }

        return View(page);
    }

    [HttpGet("{number:int}", Name = SiteRoutes.Update)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates, PublicPageCache.Contacts, PublicPageCache.Meetings, PublicPageCache.Publications })]
    public async Task<IActionResult> Show(int number, CancellationToken cancellationToken)
    {
        // The body as rendered at its first read since the last change (docs/adr/0038-stored-editions.md).
        var update = await editions.PageAsync(number, cancellationToken);
        return update is null ? NotFound() : View(update);
    }

    /// <summary>The same update as plain text, as the e-mail's text part reads.</summary>
    [HttpGet("{number:int}.txt", Name = SiteRoutes.UpdateText)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates })]
    public async Task<IActionResult> Text(int number, CancellationToken cancellationToken)
    {
        var update = await LoadPublishedAsync(number, cancellationToken);
        return update is null ? NotFound() : Content(UpdateText.Write(update, AbsoluteUpdate, AbsoluteCalendar), "text/plain; charset=utf-8");
    }

    /// <summary>The same update as JSON, for anyone who wants to reuse it.</summary>
    [HttpGet("{number:int}.json", Name = SiteRoutes.UpdateJson)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates })]
    public async Task<IActionResult> Json(int number, CancellationToken cancellationToken)
    {
        var update = await LoadPublishedAsync(number, cancellationToken);
        return update is null ? NotFound() : Json(UpdateDocument.From(update, AbsoluteUpdate, AbsoluteCalendar));
    }

    /// <summary>A stable address for "this week's update" (302, since it moves every Friday).</summary>
    [HttpGet("latest", Name = SiteRoutes.LatestUpdate)]
    public async Task<IActionResult> Latest(CancellationToken cancellationToken)
    {
        var number = await UpdatePage.NewestNumberAsync(db.Updates.Published(), cancellationToken);
        return number is int n ? RedirectToAction(nameof(Show), new { number = n }) : NotFound();
    }

    private Task<UpdatePage?> LoadPublishedAsync(int number, CancellationToken cancellationToken)
    {
        var published = db.Updates.Published();
        return UpdatePage.Query(published.Where(u => u.Number == number), published).SingleOrDefaultAsync(cancellationToken);
    }

    private string AbsoluteUpdate(int number, string? anchor) => Url.AbsoluteRoute(SiteRoutes.Update, new { number }, anchor);

    private string AbsoluteCalendar(int id) => Url.AbsoluteRoute(SiteRoutes.MeetingCalendar, new { id });

    [HttpGet("/updates.atom", Name = SiteRoutes.UpdatesFeed)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates })]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var updates = await UpdatePage.NewestTextAsync(db.Updates.Published(), FeedSize, cancellationToken);

        var bytes = feed.Write(
            updates,
            home: new Uri(Url.AbsoluteRoute(SiteRoutes.Home)),
            self: new Uri(Url.AbsoluteRoute(SiteRoutes.UpdatesFeed)),
            urlOf: (number, anchor) => new Uri(Url.AbsoluteRoute(SiteRoutes.Update, new { number }, anchor)));
        return File(bytes, UpdateFeed.ContentType);
    }
}
