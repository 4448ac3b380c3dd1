using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Redirects;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>The old WordPress site's addresses for the newsletter, still in ten years of e-mails and search
/// results: <c>/newsletters/update-no-499-01-april-2022/</c> answers 301 to <c>/updates/499</c> when that update
/// is published, and the friendly 404 otherwise. Routing ignores case and a trailing slash already; the rest of
/// the slug (the date, written every which way over the years) is not read at all, the number alone decides.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed partial class LegacyLinksController(NewsletterDbContext db) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/newsletters")]
    public IActionResult Archive() => RedirectToRoutePermanent(SiteRoutes.Archive);

    // The catch-all takes what WordPress appended to a post's address, such as /amp/ or /feed/.
    [AcceptVerbs("GET", "HEAD", Route = "/newsletters/{slug}/{**rest}")]
    public async Task<IActionResult> Update(string slug, CancellationToken cancellationToken)
    {
        var match = UpdateSlug().Match(slug);
        if (match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && await db.Updates.Published().AnyAsync(u => u.Number == number, cancellationToken))
        {
            return RedirectToRoutePermanent(SiteRoutes.Update, new { number });
        }

        // Other posts of the old site may be in the redirect table like any other old address.
        if (!match.Success && await LegacyAddresses.FindAsync(HttpContext) is { } target)
        {
            return RedirectPermanent(target);
        }

        return NotFound();
    }

    [GeneratedRegex("^update-no-0*(?<number>[0-9]{1,9})(-|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateSlug();
}
