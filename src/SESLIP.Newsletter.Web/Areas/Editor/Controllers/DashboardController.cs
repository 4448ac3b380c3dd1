using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

public sealed class DashboardController(NewsletterDbContext db) : EditorController
{
    [HttpGet("/editor")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Updates.AsNoTracking()
            .OrderByDescending(u => u.Number)
            .Select(u => new UpdateRow(u.Id, u.Number, u.IssueDate, u.Status, u.ScheduledForUtc, u.PublishedAtUtc, u.Items.Count))
            .ToListAsync(cancellationToken);
        return View(new DashboardModel
        {
            InProgress = [.. rows.Where(r => !r.Status.IsPublished())],
            Published = [.. rows.Where(r => r.Status.IsPublished()).Take(30)],
        });
    }
}
