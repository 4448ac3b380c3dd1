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

/// <summary>A network's meetings. Each keeps the iCalendar UID it was given when created; its
/// SEQUENCE rises whenever the date, time, place or cancellation changes, so calendars that
/// subscribed update the event in place.</summary>
public sealed class MeetingsController(NewsletterDbContext db, DirectoryUsage usage, AuditTrail audit, PublishingService publishing, TimeProvider time) : EditorController
{
    [HttpGet("editor/networks/{networkId:int}/meetings/new")]
    public async Task<IActionResult> New(int networkId, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        return network is null ? NotFound()
            : View("Form", await FillAsync(new MeetingForm { NetworkName = network.Name, Fields = new NewMeetingModel { NetworkId = networkId } }, cancellationToken));
    }

    [HttpPost("editor/networks/{networkId:int}/meetings/new")]
    public async Task<IActionResult> New(int networkId, [Bind(Prefix = "Fields")] NewMeetingModel fields, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        fields.NetworkId = networkId;
        ModelState.Remove("Fields.NetworkId");
        await CheckAsync(fields, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(new MeetingForm { NetworkName = network.Name, Fields = fields }, cancellationToken));
        }

        var meeting = new Meeting { Uid = MeetingUid.New(), UpdatedAtUtc = time.GetUtcNow().UtcDateTime };
        fields.CopyTo(meeting);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("Created", nameof(Meeting), meeting.Id, $"{network.Name} meeting added: {MeetingWording.Line(meeting)}", Actor);
        await db.SaveChangesAsync(cancellationToken);
        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status($"{network.Name} meeting added.");
        return Redirect($"/editor/networks/{networkId}");
    }

    [HttpGet("editor/meetings/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null ? NotFound() : View("Form", await FillAsync(MeetingForm.From(meeting, meeting.Network!.Name), cancellationToken));
    }

    [HttpPost("editor/meetings/{id:int}")]
    public async Task<IActionResult> Edit(int id, int version, [Bind(Prefix = "Fields")] NewMeetingModel fields, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        fields.NetworkId = meeting.NetworkId;
        ModelState.Remove("Fields.NetworkId");
        await CheckAsync(fields, cancellationToken);
        var form = new MeetingForm { Id = id, Version = version, NetworkName = meeting.Network!.Name, Fields = fields, IsCancelled = meeting.IsCancelled };
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        var moved = meeting.Date != fields.Date || meeting.StartTime != fields.StartTime || meeting.EndTime != fields.EndTime
            || meeting.Place != (fields.Place?.Trim() ?? "") || meeting.Attendance != fields.Attendance;
        fields.CopyTo(meeting);
        if (moved)
        {
            meeting.Sequence++;
        }

        meeting.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("Updated", nameof(Meeting), id, $"{meeting.Network.Name} meeting saved: {MeetingWording.Line(meeting)}", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (current is null)
            {
                Status("Someone deleted this meeting while you were editing it.");
                return Redirect("/editor/networks");
            }

            var mine = new Meeting();
            fields.CopyTo(mine);
            form.Conflict = await CompareAsync(db, nameof(Meeting), id.ToString(CultureInfo.InvariantCulture),
                [("Meeting", MeetingWording.Line(mine), MeetingWording.Line(current))], cancellationToken);
            form.Version = current.Version;
            ModelState.Remove("version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Form", await FillAsync(form, cancellationToken));
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status("Meeting saved.");
        return Redirect($"/editor/networks/{meeting.NetworkId}");
    }

    /// <summary>Cancelling keeps the meeting (and its UID) so calendars show it as cancelled rather than losing it.</summary>
    [HttpPost("editor/meetings/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int version, bool cancelled, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        meeting.IsCancelled = cancelled;
        meeting.Sequence++;
        meeting.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(cancelled ? "Cancelled" : "Reinstated", nameof(Meeting), id, $"{meeting.Network!.Name} meeting {(cancelled ? "cancelled" : "reinstated")}: {MeetingWording.Line(meeting)}", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this meeting after you opened the page, so nothing was done. Check it, then try again.");
            return Redirect($"/editor/meetings/{id}");
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status(cancelled ? "Meeting cancelled. Calendars will show it as cancelled." : "Meeting reinstated.");
        return Redirect($"/editor/networks/{meeting.NetworkId}");
    }

    [HttpGet("editor/meetings/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null ? NotFound() : View("Delete", await usage.ForMeetingAsync(meeting, meeting.Network!.Name, cancellationToken));
    }

    [HttpPost("editor/meetings/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var use = await usage.ForMeetingAsync(meeting, meeting.Network!.Name, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        // A draft's line for this meeting falls back to its network ("no date yet").
        await db.EditionMeetings.Where(l => l.MeetingId == id).ForEachAsync(l =>
        {
            l.MeetingId = null;
            l.Details = "";
        }, cancellationToken);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        db.Meetings.Remove(meeting);
        audit.Record("Deleted", nameof(Meeting), id, $"{meeting.Network.Name} meeting deleted: {MeetingWording.Line(meeting)}", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Status("Someone changed this meeting after you opened the page, so it was not deleted. Check it, then try again.");
            return Redirect($"/editor/meetings/{id}");
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status("Meeting deleted.");
        return Redirect($"/editor/networks/{meeting.NetworkId}");
    }

    private async Task CheckAsync(NewMeetingModel fields, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in fields.Check())
        {
            ModelState.AddModelError("Fields." + field, message);
        }

        if (fields.ContactId is { } c && !await db.Contacts.AnyAsync(x => x.Id == c, cancellationToken))
        {
            ModelState.AddModelError("Fields.ContactId", "That contact is no longer in the directory. Choose another.");
        }
    }

    private async Task<MeetingForm> FillAsync(MeetingForm form, CancellationToken cancellationToken)
    {
        form.Contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        return form;
    }
}
