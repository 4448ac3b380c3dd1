using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Route("editor/contacts")]
public sealed class ContactsController(NewsletterDbContext db, DirectoryUsage usage, EditorialChanges changes)
    : DirectoryListController<Contact, ContactForm>(db, changes)
{
    protected override string Title => "Contacts";

    protected override string Noun => "contact";

    protected override IQueryable<Contact> Records => Db.Contacts;

    protected override Task<List<DirectoryRow>> RowsAsync(string? term, CancellationToken cancellationToken) =>
        Db.Contacts.AsNoTracking()
            .Where(c => term == null || c.Name.Contains(term) || c.Roles.Contains(term) || c.Email.Contains(term) || c.Organisation!.Name.Contains(term))
            .OrderBy(c => c.Name)
            .Select(c => new DirectoryRow(c.Id, c.Name, c.Roles + (c.Organisation != null ? " (" + c.Organisation.Name + ")" : "")))
            .ToListAsync(cancellationToken);

    protected override async Task<Contact> NewAsync(ContactForm form, CancellationToken cancellationToken) =>
        new() { Slug = await Slug.UniqueAsync(Db.Contacts.Select(c => c.Slug), form.Name!, cancellationToken) };

    protected override ContactForm ToForm(Contact entity) => ContactForm.From(entity);

    protected override void CopyTo(ContactForm form, Contact entity) => form.CopyTo(entity);

    protected override string Describe(Contact entity) => entity.Name;

    protected override string Done(string action, Contact entity) => action == "Updated"
        ? $"“{entity.Name}” saved. Drafts show the new details; published updates keep what they showed."
        : base.Done(action, entity);

    protected override async Task CheckAsync(ContactForm form, CancellationToken cancellationToken)
    {
        if (form.OrganisationId is { } o && !await Db.Organisations.AnyAsync(x => x.Id == o, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OrganisationId), "That organisation is no longer in the directory. Choose another.");
        }
    }

    protected override async Task<ContactForm> FillAsync(ContactForm form, CancellationToken cancellationToken)
    {
        form.Organisations = await Db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        return form;
    }

    protected override IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(ContactForm form, Contact current) =>
    [
        ("Name", form.Name, current.Name),
        ("Roles", form.Roles, current.Roles),
        ("Organisation", Chosen(form.Organisations, form.OrganisationId), Chosen(form.Organisations, current.OrganisationId)),
        ("E-mail address", form.Email, current.Email),
        ("Telephone", form.Phone, current.Phone),
    ];

    protected override Task<DeleteModel> UsageAsync(Contact entity, CancellationToken cancellationToken) =>
        usage.ForContactAsync(entity, cancellationToken);

    protected override async Task ReleaseAsync(Contact entity, int id, CancellationToken cancellationToken)
    {
        Db.EditionContacts.RemoveRange(Db.EditionContacts.Where(l => l.ContactId == id));
        await Db.EditionMeetings.Where(l => l.ContactId == id).ForEachAsync(l => l.ContactId = null, cancellationToken);
    }
}
