using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.PreviewLinks;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>A draft update shown to someone without an account, by a preview link an editor made
/// (docs/adr/0036-preview-links.md). Never cached, never indexed, never passed on in a Referer; a link that no
/// longer works says why, with 404 or 410, never an error.</summary>
public sealed class PreviewController(NewsletterDbContext db, DraftPreview drafts, TimeProvider time) : Controller
{
    [HttpGet("preview/{token}", Name = SiteRoutes.Preview)]
    [EnableRateLimiting(PreviewLinkSetup.RateLimitPolicy)]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        var headers = Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        // The address is the secret: a link followed from the draft must not carry it to another site.
        headers["Referrer-Policy"] = "no-referrer";

        if (!PreviewTokens.TryHash(token, out var hash))
        {
            return Unavailable(PreviewUnavailablePage.Unknown);
        }

        var link = await db.PreviewLinks.AsNoTracking().Where(l => l.TokenHash == hash)
            .Select(l => new { l.UpdateId, l.ExpiresAtUtc, l.RevokedAtUtc, Number = (int?)l.Update!.Number, Status = (UpdateStatus?)l.Update.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return Unavailable(PreviewUnavailablePage.Unknown);
        }

        var state = PreviewLink.StateOf(link.UpdateId, link.ExpiresAtUtc, link.RevokedAtUtc, time.GetUtcNow().UtcDateTime);
        if (state != PreviewLinkState.Open)
        {
            return Unavailable(PreviewUnavailablePage.For(state, link.ExpiresAtUtc));
        }

        if (link.Status is { } status && status.IsPublished())
        {
            return Unavailable(PreviewUnavailablePage.Published(link.Number!.Value));
        }

        var page = await drafts.LoadAsync(link.UpdateId!.Value, cancellationToken);
        return page is null
            ? Unavailable(PreviewUnavailablePage.For(PreviewLinkState.UpdateDeleted, link.ExpiresAtUtc))
            : View(new PreviewPage(page, link.ExpiresAtUtc));
    }

    private ViewResult Unavailable(PreviewUnavailablePage page)
    {
        var result = View(nameof(Unavailable), page);
        result.StatusCode = page.StatusCode;
        return result;
    }
}
