using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Web.Controllers;

public sealed class HomeController(NewsletterDbContext db, StoredEditions editions) : Controller
{
    [HttpGet("/", Name = SiteRoutes.Home)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Updates, PublicPageCache.Contacts, PublicPageCache.Meetings, PublicPageCache.Publications })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // The newest edition's stored body, as its own page writes it (docs/adr/0038-stored-editions.md): the first
        // render after a publish stores it for both addresses.
        var number = await UpdatePage.NewestNumberAsync(db.Updates.Published(), cancellationToken);
        var newest = number is int n ? await editions.PageAsync(n, cancellationToken) : null;
        return View(new HomePage(newest));
    }

    [HttpGet("/accessibility", Name = SiteRoutes.Accessibility)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Accessibility() => View();
}
