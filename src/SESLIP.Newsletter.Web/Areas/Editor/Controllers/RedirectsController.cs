using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Admins keep the table of the old site's addresses (docs/adr/0017-old-site-addresses.md). Every change
/// goes through <see cref="EditorialChanges"/>, which audits it and evicts the table held in memory.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("editor/redirects")]
public sealed class RedirectsController(NewsletterDbContext db, EditorialChanges changes) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Redirects.AsNoTracking().OrderBy(r => r.OldPath).Select(r => RedirectForm.From(r)).ToListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View("Form", new RedirectForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(RedirectForm form, CancellationToken cancellationToken)
    {
        var redirect = new Redirect();
        if (!Check(form, redirect))
        {
            return View("Form", form);
        }

        db.Redirects.Add(redirect);
        return await SaveAsync(form, ChangeNote.Of("Created", nameof(Redirect), redirect.OldPath, $"Redirect {redirect.OldPath} → {redirect.NewPath}"), cancellationToken);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await db.Redirects.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } redirect
            ? View("Form", RedirectForm.From(redirect))
            : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, RedirectForm form, CancellationToken cancellationToken)
    {
        var redirect = await db.Redirects.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (redirect is null)
        {
            return NotFound();
        }

        form.Id = id;
        var before = $"{redirect.OldPath} → {redirect.NewPath}";
        db.Entry(redirect).Property(r => r.Version).OriginalValue = form.Version;
        if (!Check(form, redirect))
        {
            return View("Form", form);
        }

        return await SaveAsync(form, ChangeNote.Of("Updated", nameof(Redirect), redirect.OldPath, $"Redirect {before} saved as {redirect.OldPath} → {redirect.NewPath}"), cancellationToken);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await db.Redirects.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } redirect
            ? View(RedirectForm.From(redirect))
            : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var redirect = await db.Redirects.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (redirect is null)
        {
            return NotFound();
        }

        db.Entry(redirect).Property(r => r.Version).OriginalValue = version;
        db.Redirects.Remove(redirect);
        var outcome = await changes.SaveAsync(ChangeNote.Of("Deleted", nameof(Redirect), redirect.OldPath, $"Redirect {redirect.OldPath} → {redirect.NewPath} deleted"), Actor, cancellationToken);
        Tell(outcome == SaveOutcome.Saved, outcome == SaveOutcome.Saved
            ? $"{redirect.OldPath} no longer redirects."
            : $"Another Admin changed {redirect.OldPath} since you opened it, so it was not deleted. Check it and try again.");
        return RedirectToAction(nameof(Index));
    }

    private bool Check(RedirectForm form, Redirect redirect)
    {
        if (Domain.Redirect.TryNormaliseOldPath(form.OldPath, out var key) is { } oldProblem)
        {
            ModelState.AddModelError(nameof(form.OldPath), oldProblem);
        }

        if (Domain.Redirect.CheckNewPath(form.NewPath, out var target) is { } newProblem)
        {
            ModelState.AddModelError(nameof(form.NewPath), newProblem);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        redirect.OldPath = key;
        redirect.NewPath = target;
        return true;
    }

    private async Task<IActionResult> SaveAsync(RedirectForm form, ChangeNote note, CancellationToken cancellationToken)
    {
        var outcome = await changes.SaveAsync(note, Actor, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                Status($"Saved: {note.Summary}.");
                return RedirectToAction(nameof(Index));
            case SaveOutcome.Duplicate:
                ModelState.AddModelError(nameof(form.OldPath), $"The old address {form.OldPath?.Trim()} already redirects: edit that row instead.");
                break;
            default:
                var current = await db.Redirects.AsNoTracking().SingleOrDefaultAsync(r => r.Id == form.Id, cancellationToken);
                ModelState.AddModelError("", current is null
                    ? "Another Admin deleted this redirect since you opened it."
                    : $"Another Admin changed this redirect since you opened it: it is now {current.OldPath} → {current.NewPath}. Save again to replace it with yours.");
                form.Version = current?.Version ?? form.Version;
                break;
        }

        return View("Form", form);
    }
}
