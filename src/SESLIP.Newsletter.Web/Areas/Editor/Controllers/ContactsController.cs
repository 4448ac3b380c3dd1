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

[Route("editor/contacts")]
public sealed class ContactsController(NewsletterDbContext db, DirectoryUsage usage, AuditTrail audit, PublishingService publishing) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = db.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(c => c.Name.Contains(term) || c.Roles.Contains(term) || c.Email.Contains(term) || c.Organisation!.Name.Contains(term));
        }

        var rows = await query.OrderBy(c => c.Name)
            .Select(c => new DirectoryRow($"/editor/contacts/{c.Id}", c.Name, c.Roles + (c.Organisation != null ? " (" + c.Organisation.Name + ")" : "")))
            .ToListAsync(cancellationToken);
        return View("DirectoryList", new DirectoryListModel { Title = "Contacts", BasePath = "/editor/contacts", Noun = "contact", Query = q, Rows = rows });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Form", await FillAsync(new ContactForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(ContactForm form, CancellationToken cancellationToken)
    {
        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        var contact = new Contact { Slug = await Slug.UniqueAsync(db.Contacts.Select(c => c.Slug), form.Name!, cancellationToken) };
        form.CopyTo(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("Created", nameof(Contact), contact.Id, $"Contact “{contact.Name}” added", Actor);
        await db.SaveChangesAsync(cancellationToken);
        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{contact.Name}” added.");
        return Redirect("/editor/contacts");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contact is null ? NotFound() : View("Form", await FillAsync(ContactForm.From(contact), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, ContactForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        db.Entry(contact).Property(c => c.Version).OriginalValue = form.Version;
        form.CopyTo(contact);
        audit.Record("Updated", nameof(Contact), id, $"Contact “{contact.Name}” saved", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Contacts.AsNoTracking().Include(c => c.Organisation).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (current is null)
            {
                Status("Someone deleted this contact while you were editing it.");
                return Redirect("/editor/contacts");
            }

            var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            form.Conflict = await CompareAsync(db, nameof(Contact), id.ToString(CultureInfo.InvariantCulture),
                [
                    ("Name", form.Name, current.Name),
                    ("Roles", form.Roles, current.Roles),
                    ("Organisation", form.OrganisationId is { } o && organisations.TryGetValue(o, out var n) ? n : "", current.Organisation?.Name),
                    ("E-mail address", form.Email, current.Email),
                    ("Telephone", form.Phone, current.Phone),
                ], cancellationToken);
            form.Version = current.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", await FillAsync(form, cancellationToken));
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{contact.Name}” saved. Drafts show the new details; published updates keep what they showed.");
        return Redirect("/editor/contacts");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contact is null ? NotFound() : View("Delete", await usage.ForContactAsync(contact, cancellationToken));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var use = await usage.ForContactAsync(contact, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        db.EditionContacts.RemoveRange(db.EditionContacts.Where(l => l.ContactId == id));
        await db.EditionMeetings.Where(l => l.ContactId == id).ForEachAsync(l => l.ContactId = null, cancellationToken);
        db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        db.Contacts.Remove(contact);
        audit.Record("Deleted", nameof(Contact), id, $"Contact “{contact.Name}” deleted", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this contact after you opened the page, so it was not deleted. Check it, then try again.");
            return Redirect($"/editor/contacts/{id}");
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{contact.Name}” deleted.");
        return Redirect("/editor/contacts");
    }

    private async Task CheckAsync(ContactForm form, CancellationToken cancellationToken)
    {
        if (form.OrganisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OrganisationId), "That organisation is no longer in the directory. Choose another.");
        }
    }

    private async Task<ContactForm> FillAsync(ContactForm form, CancellationToken cancellationToken)
    {
        form.Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        return form;
    }
}
