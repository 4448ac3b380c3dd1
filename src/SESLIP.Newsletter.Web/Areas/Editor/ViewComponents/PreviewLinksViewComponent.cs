using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Controllers;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Areas.Editor.ViewComponents;

/// <summary>"Share a preview" on a draft's page: make a link for a reviewer without an account, see the open ones,
/// revoke them. Its own query, so the draft page's model does not grow with it. Nothing for a published update.</summary>
public sealed class PreviewLinksViewComponent(NewsletterDbContext db, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int updateId, bool published)
    {
        if (published)
        {
            return Content("");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var open = await db.PreviewLinks.AsNoTracking()
            .Where(l => l.UpdateId == updateId && l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
            .OrderBy(l => l.ExpiresAtUtc)
            .Select(l => new PreviewLinkRow(l.Id, l.Note, l.CreatedBy, l.CreatedAtUtc, l.ExpiresAtUtc))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new PreviewLinksModel(updateId, open, TempData[PreviewLinksController.NewLinkKey] as string));
    }
}
