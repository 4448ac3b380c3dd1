using Microsoft.AspNetCore.Mvc;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.ViewComponents;

/// <summary>The checks before publishing, as one block the draft page and the confirmation step both show, so the
/// two can never list different warnings. Nothing for a published update: it is corrected, not checked.</summary>
public sealed class PublishChecksViewComponent(EditionBuilder editions, PublishChecks checks, LinkChecks links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int updateId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var update = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
        if (update is null || update.IsPublished())
        {
            return Content("");
        }

        // The lines as they will be published, from the directory as it is now.
        await editions.RefreshAsync(update, cancellationToken);
        var warnings = await checks.CheckAsync(update, cancellationToken);
        var linkProblems = links.ResultsOrStart(update.Id, update.UpdatedAtUtc.Ticks, PublishChecks.Links(update));
        return View(new PublishChecksModel(update.Items.Count == 0, warnings, linkProblems));
    }
}
