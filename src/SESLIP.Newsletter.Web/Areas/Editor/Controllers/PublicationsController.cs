using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Route("editor/publications")]
public sealed class PublicationsController(NewsletterDbContext db, DirectoryUsage usage, EditorialChanges changes)
    : DirectoryListController<Publication, PublicationForm>(db, changes)
{
    protected override string Title => "Publications";

    protected override string Noun => "publication";

    protected override IQueryable<Publication> Records => Db.Publications.Include(p => p.Documents);

    protected override async Task<List<DirectoryRow>> RowsAsync(string? term, CancellationToken cancellationToken)
    {
        var publications = await Db.Publications.AsNoTracking()
            .Where(p => term == null || p.Title.Contains(term) || p.PublisherText.Contains(term) || p.Publisher!.Name.Contains(term))
            .OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.PublisherText, p.PublishedOn })
            .ToListAsync(cancellationToken);
        return [.. publications.Select(p => new DirectoryRow(p.Id, p.Title,
            string.Join(", ", new[] { p.PublisherText, Date(p.PublishedOn) ?? "" }.Where(s => s.Length > 0))))];
    }

    protected override async Task<Publication> NewAsync(PublicationForm form, CancellationToken cancellationToken) =>
        new() { Slug = await Slug.UniqueAsync(Db.Publications.Select(p => p.Slug), form.Title!, cancellationToken) };

    protected override PublicationForm ToForm(Publication entity) => PublicationForm.From(entity);

    protected override void CopyTo(PublicationForm form, Publication entity)
    {
        form.CopyTo(entity);
        form.CopyDocumentsTo(entity);

        // Documents carry no token of their own: a change to them counts as a change to the publication.
        if (entity.Id != 0)
        {
            Db.Entry(entity).State = EntityState.Modified;
        }
    }

    protected override string Describe(Publication entity) => entity.Title;

    protected override string Done(string action, Publication entity) =>
        action == "Created" ? $"“{entity.Title}” added to the library." : base.Done(action, entity);

    protected override async Task CheckAsync(PublicationForm form, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in form.CheckDocuments())
        {
            ModelState.AddModelError(field, message);
        }

        if (form.PublisherId is { } o && !await Db.Organisations.AnyAsync(x => x.Id == o, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.PublisherId), "That organisation is no longer in the directory. Choose another.");
        }
    }

    protected override async Task<PublicationForm> FillAsync(PublicationForm form, CancellationToken cancellationToken)
    {
        form.Organisations = await Db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        DocumentRows.EndWithEmptyRow(form.Documents);
        return form;
    }

    protected override IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(PublicationForm form, Publication current) =>
    [
        ("Title", form.Title, current.Title),
        ("Publisher", form.PublisherText, current.PublisherText),
        ("Published on", Date(form.PublishedOn), Date(current.PublishedOn)),
        ("Web address", form.Url, current.Url),
    ];

    protected override Task<DeleteModel> UsageAsync(Publication entity, CancellationToken cancellationToken) =>
        usage.ForPublicationAsync(entity, cancellationToken);

    protected override async Task ReleaseAsync(Publication entity, int id, CancellationToken cancellationToken)
    {
        Db.EditionPublications.RemoveRange(Db.EditionPublications.Where(l => l.PublicationId == id));
        await Db.UpdateItems.Where(i => i.PublicationId == id).ForEachAsync(i => i.PublicationId = null, cancellationToken);
    }

    private static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
