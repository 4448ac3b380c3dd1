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

[Route("editor/publications")]
public sealed class PublicationsController(NewsletterDbContext db, DirectoryUsage usage, AuditTrail audit, PublishingService publishing) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = db.Publications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(p => p.Title.Contains(term) || p.PublisherText.Contains(term) || p.Publisher!.Name.Contains(term));
        }

        var rows = (await query.OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.PublisherText, p.PublishedOn })
            .ToListAsync(cancellationToken))
            .Select(p => new DirectoryRow($"/editor/publications/{p.Id}", p.Title,
                string.Join(", ", new[] { p.PublisherText, p.PublishedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "" }.Where(s => s.Length > 0))))
            .ToList();
        return View("DirectoryList", new DirectoryListModel { Title = "Publications", BasePath = "/editor/publications", Noun = "publication", Query = q, Rows = rows });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Form", await FillAsync(new PublicationForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(PublicationForm form, CancellationToken cancellationToken)
    {
        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        var publication = new Publication { Slug = await Slug.UniqueAsync(db.Publications.Select(p => p.Slug), form.Title!, cancellationToken) };
        form.CopyTo(publication);
        form.CopyDocumentsTo(publication);
        db.Publications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("Created", nameof(Publication), publication.Id, $"Publication “{publication.Title}” added", Actor);
        await db.SaveChangesAsync(cancellationToken);
        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{publication.Title}” added to the library.");
        return Redirect("/editor/publications");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return publication is null ? NotFound() : View("Form", await FillAsync(PublicationForm.From(publication), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, PublicationForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        var publication = await db.Publications.Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }

        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        db.Entry(publication).Property(p => p.Version).OriginalValue = form.Version;
        form.CopyTo(publication);
        form.CopyDocumentsTo(publication);

        // Documents carry no token of their own: a change to them counts as a change to the publication.
        db.Entry(publication).State = EntityState.Modified;
        audit.Record("Updated", nameof(Publication), id, $"Publication “{publication.Title}” saved", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (current is null)
            {
                Status("Someone deleted this publication while you were editing it.");
                return Redirect("/editor/publications");
            }

            form.Conflict = await CompareAsync(db, nameof(Publication), id.ToString(CultureInfo.InvariantCulture),
                [
                    ("Title", form.Title, current.Title),
                    ("Publisher", form.PublisherText, current.PublisherText),
                    ("Published on", form.PublishedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), current.PublishedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
                    ("Web address", form.Url, current.Url),
                ], cancellationToken);
            form.Version = current.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", await FillAsync(form, cancellationToken));
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{publication.Title}” saved.");
        return Redirect("/editor/publications");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return publication is null ? NotFound() : View("Delete", await usage.ForPublicationAsync(publication, cancellationToken));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }

        var use = await usage.ForPublicationAsync(publication, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        db.EditionPublications.RemoveRange(db.EditionPublications.Where(l => l.PublicationId == id));
        await db.UpdateItems.Where(i => i.PublicationId == id).ForEachAsync(i => i.PublicationId = null, cancellationToken);
        db.Entry(publication).Property(p => p.Version).OriginalValue = version;
        db.Publications.Remove(publication);
        audit.Record("Deleted", nameof(Publication), id, $"Publication “{publication.Title}” deleted", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this publication after you opened the page, so it was not deleted. Check it, then try again.");
            return Redirect($"/editor/publications/{id}");
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{publication.Title}” deleted.");
        return Redirect("/editor/publications");
    }

    private async Task CheckAsync(PublicationForm form, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in form.CheckDocuments())
        {
            ModelState.AddModelError(field, message);
        }

        if (form.PublisherId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.PublisherId), "That organisation is no longer in the directory. Choose another.");
        }
    }

    private async Task<PublicationForm> FillAsync(PublicationForm form, CancellationToken cancellationToken)
    {
        form.Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        form.Documents.RemoveAll(d => d.Id == 0 && string.IsNullOrWhiteSpace(d.Label) && string.IsNullOrWhiteSpace(d.Url));
        form.Documents.Add(new DocumentField());
        return form;
    }
}
