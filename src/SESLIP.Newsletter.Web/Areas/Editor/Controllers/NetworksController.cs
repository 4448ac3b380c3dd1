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

[Route("editor/networks")]
public sealed class NetworksController(NewsletterDbContext db, DirectoryUsage usage, AuditTrail audit, PublishingService publishing, TimeProvider time) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = db.Networks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(n => n.Name.Contains(term) || n.LeadContact!.Name.Contains(term));
        }

        var rows = await query.OrderBy(n => n.Name)
            .Select(n => new DirectoryRow($"/editor/networks/{n.Id}", n.Name,
                (n.LeadContact != null ? "Lead: " + n.LeadContact.Name + ". " : "") + n.Meetings.Count + " meeting(s)"))
            .ToListAsync(cancellationToken);
        return View("DirectoryList", new DirectoryListModel { Title = "Networks and their meetings", BasePath = "/editor/networks", Noun = "network", Query = q, Rows = rows });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Form", await FillAsync(new NetworkForm(), cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> New(NetworkForm form, CancellationToken cancellationToken)
    {
        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        var network = new Network { Slug = await Slug.UniqueAsync(db.Networks.Select(n => n.Slug), form.Name!, cancellationToken) };
        form.CopyTo(network);
        db.Networks.Add(network);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("Created", nameof(Network), network.Id, $"Network “{network.Name}” added", Actor);
        await db.SaveChangesAsync(cancellationToken);
        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{network.Name}” added. Add its meetings below.");
        return Redirect($"/editor/networks/{network.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return network is null ? NotFound() : View("Form", await FillAsync(NetworkForm.From(network), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, NetworkForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        db.Entry(network).Property(n => n.Version).OriginalValue = form.Version;
        form.CopyTo(network);
        audit.Record("Updated", nameof(Network), id, $"Network “{network.Name}” saved", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Networks.AsNoTracking().Include(n => n.LeadContact).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (current is null)
            {
                Status("Someone deleted this network while you were editing it.");
                return Redirect("/editor/networks");
            }

            var contacts = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            form.Conflict = await CompareAsync(db, nameof(Network), id.ToString(CultureInfo.InvariantCulture),
                [
                    ("Name", form.Name, current.Name),
                    ("Description", form.Description, current.Description),
                    ("Lead contact", form.LeadContactId is { } c && contacts.TryGetValue(c, out var n) ? n : "", current.LeadContact?.Name),
                    ("How to reach it", form.ContactText, current.ContactText),
                ], cancellationToken);
            form.Version = current.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", await FillAsync(form, cancellationToken));
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{network.Name}” saved.");
        return Redirect($"/editor/networks/{id}");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return network is null ? NotFound() : View("Delete", await usage.ForNetworkAsync(network, cancellationToken));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        var use = await usage.ForNetworkAsync(network, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        db.EditionMeetings.RemoveRange(db.EditionMeetings.Where(l => l.NetworkId == id));
        db.Entry(network).Property(n => n.Version).OriginalValue = version;
        db.Networks.Remove(network);
        audit.Record("Deleted", nameof(Network), id, $"Network “{network.Name}” deleted", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this network after you opened the page, so it was not deleted. Check it, then try again.");
            return Redirect($"/editor/networks/{id}");
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"“{network.Name}” deleted.");
        return Redirect("/editor/networks");
    }

    private async Task CheckAsync(NetworkForm form, CancellationToken cancellationToken)
    {
        var name = form.Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.Networks.AnyAsync(n => n.Name == name && n.Id != form.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), $"There is already a network called “{name}”.");
        }

        if (form.LeadContactId is { } c && !await db.Contacts.AnyAsync(x => x.Id == c, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.LeadContactId), "That contact is no longer in the directory. Choose another.");
        }
    }

    private async Task<NetworkForm> FillAsync(NetworkForm form, CancellationToken cancellationToken)
    {
        form.Contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        if (form.Id != 0)
        {
            var today = LondonClock.Today(time);
            var meetings = await db.Meetings.AsNoTracking().Where(m => m.NetworkId == form.Id)
                .OrderByDescending(m => m.Date == null).ThenByDescending(m => m.Date).ToListAsync(cancellationToken);
            form.Meetings = [.. meetings.Select(m => new MeetingRow(m.Id,
                m.Date is null ? "Date to be confirmed" + (m.Note.Length > 0 ? ", " + m.Note : "") : MeetingWording.Line(m),
                m.IsCancelled, m.Date < today))];
        }

        return form;
    }
}
