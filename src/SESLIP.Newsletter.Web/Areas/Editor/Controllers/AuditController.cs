using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Authorize(Policy = Policies.Admin)]
[Route("editor/audit")]
public sealed class AuditController(NewsletterDbContext db) : EditorController
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(a => a.UserName.Contains(term) || a.Action.Contains(term) || a.EntityType.Contains(term)
                || a.EntityId.Contains(term) || a.Summary.Contains(term));
        }

        var entries = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return View(new AuditPageModel { Query = q, Page = page, HasMore = entries.Count > PageSize, Entries = [.. entries.Take(PageSize)] });
    }
}
