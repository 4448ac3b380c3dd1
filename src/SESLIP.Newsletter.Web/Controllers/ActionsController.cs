using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.Rendering;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>Open actions: what readers are asked to do and by when, across every published update. Cached under the
/// updates tag, so a publish or a correction evicts it; the cache key holds the London date, so an action leaves
/// the list the day after its deadline (docs/adr/0037-open-actions.md).</summary>
public sealed class ActionsController(NewsletterDbContext db, UpdateFeed feed, TimeProvider time) : Controller
{
    [HttpGet("/actions", Name = SiteRoutes.Actions)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await LoadAsync(cancellationToken));

    [HttpGet("/actions.atom", Name = SiteRoutes.ActionsFeed)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates })]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var page = await LoadAsync(cancellationToken);
        var bytes = feed.WriteActions(
            [.. page.Dated, .. page.Undated],
            page: new Uri(Url.AbsoluteRoute(SiteRoutes.Actions)),
            self: new Uri(Url.AbsoluteRoute(SiteRoutes.ActionsFeed)),
            urlOf: (number, anchor) => new Uri(Url.AbsoluteRoute(SiteRoutes.Update, new { number }, anchor)));
        return File(bytes, UpdateFeed.ContentType);
    }

    private Task<OpenActionsPage> LoadAsync(CancellationToken cancellationToken) =>
        OpenActionsPage.LoadAsync(db.UpdateItems, db.Updates.Published(), LondonClock.Today(time), cancellationToken);
}
