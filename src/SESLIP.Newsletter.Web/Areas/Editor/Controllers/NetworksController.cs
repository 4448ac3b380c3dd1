using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Networks; a network's page also lists its meetings, which <see cref="MeetingsController"/> edits.</summary>
[Route("editor/networks")]
public sealed class NetworksController(NewsletterDbContext db, DirectoryUsage usage, EditorialChanges changes, TimeProvider time)
    : DirectoryListController<Network, NetworkForm>(db, changes)
{
    protected override string Title => "Networks and their meetings";

    protected override string Noun => "network";

    protected override IQueryable<Network> Records => Db.Networks;

    protected override Task<List<DirectoryRow>> RowsAsync(string? term, CancellationToken cancellationToken) =>
        Db.Networks.AsNoTracking()
            .Where(n => term == null || n.Name.Contains(term) || n.LeadContact!.Name.Contains(term))
            .OrderBy(n => n.Name)
            .Select(n => new DirectoryRow(n.Id, n.Name,
                (n.LeadContact != null ? "Lead: " + n.LeadContact.Name + ". " : "") + n.Meetings.Count + " meeting(s)"))
            .ToListAsync(cancellationToken);

    protected override async Task<Network> NewAsync(NetworkForm form, CancellationToken cancellationToken) =>
        new() { Slug = await Slug.UniqueAsync(Db.Networks.Select(n => n.Slug), form.Name!, cancellationToken) };

    protected override NetworkForm ToForm(Network entity) => NetworkForm.From(entity);

    protected override void CopyTo(NetworkForm form, Network entity) => form.CopyTo(entity);

    protected override string Describe(Network entity) => entity.Name;

    protected override string Done(string action, Network entity) =>
        action == "Created" ? $"“{entity.Name}” added. Add its meetings below." : base.Done(action, entity);

    /// <summary>A new or saved network stays open, for its meetings.</summary>
    protected override IActionResult After(string action, Network entity) =>
        action == "Deleted" ? ToList() : RedirectToAction(nameof(Edit), new { id = entity.Id });

    protected override async Task CheckAsync(NetworkForm form, CancellationToken cancellationToken)
    {
        var name = form.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await Db.Networks.AnyAsync(n => n.Name == name && n.Id != form.Id, cancellationToken))
        {
            Duplicate(form);
        }

        if (form.LeadContactId is { } c && !await Db.Contacts.AnyAsync(x => x.Id == c, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.LeadContactId), "That contact is no longer in the directory. Choose another.");
        }
    }

    protected override void Duplicate(NetworkForm form) =>
        ModelState.AddModelError(nameof(form.Name), $"There is already a network called “{form.Name?.Trim()}”.");

    protected override async Task<NetworkForm> FillAsync(NetworkForm form, CancellationToken cancellationToken)
    {
        form.Contacts = await Db.Contacts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        if (form.Id != 0)
        {
            var today = LondonClock.Today(time);
            var meetings = await Db.Meetings.AsNoTracking().Where(m => m.NetworkId == form.Id)
                .OrderByDescending(m => m.Date == null).ThenByDescending(m => m.Date).ToListAsync(cancellationToken);
            form.Meetings = [.. meetings.Select(m => new MeetingRow(m.Id,
                m.Date is null ? "Date to be confirmed" + (m.Note.Length > 0 ? ", " + m.Note : "") : MeetingWording.Line(m),
                m.IsCancelled, m.Date < today))];
        }

        return form;
    }

    protected override IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(NetworkForm form, Network current) =>
    [
        ("Name", form.Name, current.Name),
        ("Description", form.Description, current.Description),
        ("Lead contact", Chosen(form.Contacts, form.LeadContactId), Chosen(form.Contacts, current.LeadContactId)),
        ("How to reach it", form.ContactText, current.ContactText),
    ];

    protected override Task<DeleteModel> UsageAsync(Network entity, CancellationToken cancellationToken) =>
        usage.ForNetworkAsync(entity, cancellationToken);

    protected override Task ReleaseAsync(Network entity, int id, CancellationToken cancellationToken)
    {
        Db.EditionMeetings.RemoveRange(Db.EditionMeetings.Where(l => l.NetworkId == id));
        return Task.CompletedTask;
    }
}
