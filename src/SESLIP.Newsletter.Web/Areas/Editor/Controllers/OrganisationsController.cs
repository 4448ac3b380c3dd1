using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Publishing;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Route("editor/organisations")]
public sealed class OrganisationsController(NewsletterDbContext db, DirectoryUsage usage, AuditTrail audit, PublishingService publishing) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(o => o.Name.Contains(q.Trim()));
        }

        var rows = await query.OrderBy(o => o.Name)
            .Select(o => new DirectoryRow($"/editor/organisations/{o.Id}", o.Name, ""))
            .ToListAsync(cancellationToken);
        return View("DirectoryList", new DirectoryListModel { Title = "Organisations", BasePath = "/editor/organisations", Noun = "organisation", Query = q, Rows = rows });
    }

    [HttpGet("new")]
    public IActionResult New() => View("Form", new OrganisationForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(OrganisationForm form, CancellationToken cancellationToken)
    {
        await CheckNameAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", form);
        }

        var organisation = new Organisation { Name = form.Name!.Trim() };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("Created", nameof(Organisation), organisation.Id, $"Organisation “{organisation.Name}” added", Actor);
        await db.SaveChangesAsync(cancellationToken);
        Status($"“{organisation.Name}” added.");
        return Redirect("/editor/organisations");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organisation is null ? NotFound() : View("Form", OrganisationForm.From(organisation));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, OrganisationForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        await CheckNameAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", form);
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = form.Version;
        var before = organisation.Name;
        organisation.Name = form.Name!.Trim();
        audit.Record("Updated", nameof(Organisation), id, $"Organisation “{before}” saved as “{organisation.Name}”", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (current is null)
            {
                Status("Someone deleted this organisation while you were editing it.");
                return Redirect("/editor/organisations");
            }

            form.Conflict = await CompareAsync(db, nameof(Organisation), id.ToString(CultureInfo.InvariantCulture), [("Name", form.Name, current.Name)], cancellationToken);
            form.Version = current.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", form);
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{organisation.Name}” saved.");
        return Redirect("/editor/organisations");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organisation is null ? NotFound() : View("Delete", await usage.ForOrganisationAsync(organisation, cancellationToken));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var use = await usage.ForOrganisationAsync(organisation, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        db.Organisations.Remove(organisation);
        audit.Record("Deleted", nameof(Organisation), id, $"Organisation “{organisation.Name}” deleted", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this organisation after you opened the page, so it was not deleted. Check it, then try again.");
            return Redirect($"/editor/organisations/{id}");
        }

        Status($"“{organisation.Name}” deleted.");
        return Redirect("/editor/organisations");
    }

    private async Task CheckNameAsync(OrganisationForm form, CancellationToken cancellationToken)
    {
        var name = form.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.Organisations.AnyAsync(o => o.Name == name && o.Id != form.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), $"There is already an organisation called “{name}”.");
        }
    }
}
