using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Route("editor/organisations")]
public sealed class OrganisationsController(NewsletterDbContext db, DirectoryUsage usage, EditorialChanges changes)
    : DirectoryListController<Organisation, OrganisationForm>(db, changes)
{
    protected override string Title => "Organisations";

    protected override string Noun => "organisation";

    protected override IQueryable<Organisation> Records => Db.Organisations;

    protected override Task<List<DirectoryRow>> RowsAsync(string? term, CancellationToken cancellationToken) =>
        Db.Organisations.AsNoTracking()
            .Where(o => term == null || o.Name.Contains(term))
            .OrderBy(o => o.Name)
            .Select(o => new DirectoryRow(o.Id, o.Name, ""))
            .ToListAsync(cancellationToken);

    protected override Task<Organisation> NewAsync(OrganisationForm form, CancellationToken cancellationToken) => Task.FromResult(new Organisation());

    protected override OrganisationForm ToForm(Organisation entity) => OrganisationForm.From(entity);

    protected override void CopyTo(OrganisationForm form, Organisation entity) => form.CopyTo(entity);

    protected override string Describe(Organisation entity) => entity.Name;

    protected override string Summary(string action, Organisation entity, string before) =>
        action == "Updated" ? $"Organisation “{before}” saved as “{entity.Name}”" : base.Summary(action, entity, before);

    protected override async Task CheckAsync(OrganisationForm form, CancellationToken cancellationToken)
    {
        var name = form.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await Db.Organisations.AnyAsync(o => o.Name == name && o.Id != form.Id, cancellationToken))
        {
            Duplicate(form);
        }
    }

    protected override void Duplicate(OrganisationForm form) =>
        ModelState.AddModelError(nameof(form.Name), $"There is already an organisation called “{form.Name?.Trim()}”.");

    protected override IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(OrganisationForm form, Organisation current) =>
        [("Name", form.Name, current.Name)];

    protected override Task<DeleteModel> UsageAsync(Organisation entity, CancellationToken cancellationToken) =>
        usage.ForOrganisationAsync(entity, cancellationToken);
}
