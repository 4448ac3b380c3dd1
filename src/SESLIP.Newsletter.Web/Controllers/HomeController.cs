using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Controllers;

public sealed class HomeController(NewsletterDbContext db) : Controller
{
    [HttpGet("/", Name = SiteRoutes.Home)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates, PublicPageCache.Contacts, PublicPageCache.Meetings, PublicPageCache.Publications })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var newest = (await UpdatePage.NewestAsync(db.Updates.Published(), 1, cancellationToken)).FirstOrDefault();
        if (newest is not null)
        {
            await newest.LoadMeetingsBeforeAsync(db.Updates.Published(), cancellationToken);
            await newest.LoadPublicationLinksAsync(db.Publications, cancellationToken);
        }

        return View(new HomePage(newest));
    }

    [HttpGet("/accessibility", Name = SiteRoutes.Accessibility)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Accessibility() => View();
}
