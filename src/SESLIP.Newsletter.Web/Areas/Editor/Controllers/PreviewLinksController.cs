using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.PreviewLinks;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Creating and revoking a draft's preview links (docs/adr/0036-preview-links.md), from the "Share a
/// preview" section of its page, which every answer returns to.</summary>
[Route("editor/updates/{updateId:int}/preview-links")]
public sealed class PreviewLinksController(NewsletterDbContext db, EditorialChanges changes, TimeProvider time) : EditorController
{
    /// <summary>The TempData key carrying a new link's address to the next page, the one time it is shown.</summary>
    public const string NewLinkKey = "PreviewLink";

    private const string Busy = "The database is busy with another change, so nothing was done. Wait a few seconds and try again.";

    [HttpPost("")]
    public async Task<IActionResult> Create(int updateId, PreviewLinkForm form, CancellationToken cancellationToken)
    {
        var update = await db.Updates.AsNoTracking().Where(u => u.Id == updateId)
            .Select(u => new { u.Number, u.Status }).FirstOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        var note = form.Note?.Trim();
        if (update.Status.IsPublished())
        {
            return Back(updateId, done: false, $"Update no {update.Number} is published: share its public page instead.");
        }

        if (!PreviewLink.LifetimeDays.Contains(form.Days))
        {
            return Back(updateId, done: false, $"Choose how long the link works: {string.Join(", ", PreviewLink.LifetimeDays)} days. No link was made.");
        }

        if (note?.Length > PreviewLink.NoteLength)
        {
            return Back(updateId, done: false, $"“For whom” can be at most {PreviewLink.NoteLength} characters; yours has {note.Length}. Shorten it and make the link again. No link was made.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (token, hash) = PreviewTokens.Create();
        var link = new PreviewLink
        {
            UpdateId = updateId,
            TokenHash = hash,
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(form.Days),
            CreatedBy = Actor,
            Note = string.IsNullOrEmpty(note) ? null : note,
        };
        db.PreviewLinks.Add(link);
        var summary = $"Preview link to draft Update no {update.Number} made, open until {Expiry(link.ExpiresAtUtc)}" + (link.Note is null ? "" : $", for {link.Note}");
        var outcome = await changes.SaveAsync(new ChangeNote("Created", nameof(PreviewLink), () => link.Id, summary), Actor, cancellationToken);
        if (outcome != SaveOutcome.Saved)
        {
            return Back(updateId, done: false, outcome == SaveOutcome.Busy ? Busy : "The link could not be saved. Make it again.");
        }

        TempData[NewLinkKey] = Url.AbsoluteRoute(SiteRoutes.Preview, new { token });
        return Back(updateId, done: true, $"Preview link made. Copy it now: it is shown only this once. It works until {Expiry(link.ExpiresAtUtc)} (UK time).");
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int updateId, int id, CancellationToken cancellationToken)
    {
        var link = await db.PreviewLinks.FirstOrDefaultAsync(l => l.Id == id && l.UpdateId == updateId, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }

        if (link.RevokedAtUtc is not null)
        {
            return Back(updateId, done: true, "That preview link was already revoked.");
        }

        link.RevokedAtUtc = time.GetUtcNow().UtcDateTime;
        var number = await db.Updates.Where(u => u.Id == updateId).Select(u => u.Number).FirstAsync(cancellationToken);
        var summary = $"Preview link to Update no {number} revoked" + (link.Note is null ? "" : $" (for {link.Note})");
        var outcome = await changes.SaveAsync(ChangeNote.Of("Revoked", nameof(PreviewLink), link.Id, summary), Actor, cancellationToken);
        return outcome == SaveOutcome.Saved
            ? Back(updateId, done: true, "Preview link revoked: it no longer opens the draft.")
            : Back(updateId, done: false, outcome == SaveOutcome.Busy ? Busy : "The link could not be revoked. Try again.");
    }

    private RedirectToActionResult Back(int updateId, bool done, string message)
    {
        Tell(done, message);
        return RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id = updateId }, EditSections.PreviewLinks);
    }

    private static string Expiry(DateTime utc) => Dates.WithWeekdayAndTime(utc);
}
