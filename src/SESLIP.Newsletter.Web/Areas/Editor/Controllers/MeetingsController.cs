using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>A network's meetings, listed and added on the network's page. Each keeps the iCalendar UID it was
/// given when created; its SEQUENCE rises whenever the date, time, place or cancellation changes, so calendars
/// that subscribed update the event in place.</summary>
[Route("editor/meetings")]
public sealed class MeetingsController(NewsletterDbContext db, DirectoryUsage usage, EditorialChanges changes, TimeProvider time)
    : DirectoryController<Meeting, MeetingForm>(db, changes)
{
    private const string NetworkIdField = $"{nameof(MeetingForm.Fields)}.{nameof(NewMeetingModel.NetworkId)}";

    protected override string Noun => "meeting";

    protected override IQueryable<Meeting> Records => Db.Meetings.Include(m => m.Network);

    [HttpGet("/editor/networks/{networkId:int}/meetings/new")]
    public async Task<IActionResult> New(int networkId, CancellationToken cancellationToken)
    {
        var network = await Db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        return network is null ? NotFound()
            : View("Form", await FillAsync(new MeetingForm { NetworkName = network.Name, Fields = new NewMeetingModel { NetworkId = networkId } }, cancellationToken));
    }

    [HttpPost("/editor/networks/{networkId:int}/meetings/new")]
    public async Task<IActionResult> New(int networkId, MeetingForm form, CancellationToken cancellationToken)
    {
        var network = await Db.Networks.FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        form.Id = 0;
        form.NetworkName = network.Name;
        form.Fields.NetworkId = networkId;
        ModelState.Remove(NetworkIdField);
        return await CreateAsync(form, _ => Task.FromResult(new Meeting { Uid = MeetingUid.New(), Network = network }), cancellationToken);
    }

    /// <summary>Cancelling keeps the meeting (and its UID) so calendars show it as cancelled rather than losing it.</summary>
    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int version, bool cancelled, CancellationToken cancellationToken)
    {
        var meeting = await Records.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        meeting.IsCancelled = cancelled;
        meeting.Sequence++;
        meeting.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        return await ChangeAsync(cancelled ? "Cancelled" : "Reinstated", meeting, id, version, cancellationToken);
    }

    protected override MeetingForm ToForm(Meeting entity) => MeetingForm.From(entity, entity.Network!.Name);

    protected override void Prepare(MeetingForm form, Meeting entity)
    {
        form.NetworkName = entity.Network!.Name;
        form.IsCancelled = entity.IsCancelled;
        form.Fields.NetworkId = entity.NetworkId;
        ModelState.Remove(NetworkIdField);
    }

    protected override void CopyTo(MeetingForm form, Meeting entity)
    {
        var fields = form.Fields;
        var moved = entity.Id != 0
            && (entity.Date != fields.Date || entity.StartTime != fields.StartTime || entity.EndTime != fields.EndTime
                || entity.Place != (fields.Place?.Trim() ?? "") || entity.Attendance != fields.Attendance);
        fields.CopyTo(entity);
        if (moved)
        {
            entity.Sequence++;
        }

        entity.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
    }

    protected override string Describe(Meeting entity) => MeetingWording.Line(entity);

    protected override string Summary(string action, Meeting entity, string before) =>
        $"{entity.Network!.Name} meeting {Verb(action)}: {Describe(entity)}";

    protected override string Done(string action, Meeting entity) => action switch
    {
        "Created" => $"{entity.Network!.Name} meeting added.",
        "Cancelled" => "Meeting cancelled. Calendars will show it as cancelled.",
        "Reinstated" => "Meeting reinstated.",
        "Deleted" => "Meeting deleted.",
        _ => "Meeting saved.",
    };

    protected override IActionResult ToList() => RedirectToAction(nameof(NetworksController.Index), "Networks");

    protected override IActionResult After(string action, Meeting entity) => ReturnTo() is ({ } update, var line)
        ? RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id = update },
            line is { } l ? EditSections.Line(EditionLineKind.Meetings, l) : EditSections.Lines(EditionLineKind.Meetings))
        : RedirectToAction(nameof(NetworksController.Edit), "Networks", new { id = entity.NetworkId });

    protected override IActionResult EditAgain(int id) => ReturnTo() is ({ } update, var line)
        ? RedirectToAction(nameof(Edit), new { id, update, line })
        : base.EditAgain(id);

    /// <summary>The update (and its line) the meeting was opened from, carried in the address so that the form,
    /// its errors and its cancel button all lead back to it.</summary>
    private (int? Update, int? Line) ReturnTo()
    {
        static int? Read(string? text) => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        var update = Read(Request.Query["update"]);
        return (update, update is null ? null : Read(Request.Query["line"]));
    }

    protected override async Task CheckAsync(MeetingForm form, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in form.Fields.Check())
        {
            ModelState.AddModelError($"{nameof(form.Fields)}.{field}", message);
        }

        if (form.Fields.ContactId is { } c && !await Db.Contacts.AnyAsync(x => x.Id == c, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(form.Fields)}.{nameof(NewMeetingModel.ContactId)}", "That contact is no longer in the directory. Choose another.");
        }
    }

    protected override async Task<MeetingForm> FillAsync(MeetingForm form, CancellationToken cancellationToken)
    {
        form.Contacts = await Db.Contacts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken);
        (form.ReturnUpdateId, form.ReturnLineId) = ReturnTo();
        return form;
    }

    protected override IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(MeetingForm form, Meeting current)
    {
        var mine = new Meeting();
        form.Fields.CopyTo(mine);
        return [("Meeting", MeetingWording.Line(mine), MeetingWording.Line(current))];
    }

    protected override Task<DeleteModel> UsageAsync(Meeting entity, CancellationToken cancellationToken) =>
        usage.ForMeetingAsync(entity, entity.Network!.Name, cancellationToken);

    /// <summary>A draft's line for this meeting falls back to its network ("no date yet").</summary>
    protected override async Task ReleaseAsync(Meeting entity, int id, CancellationToken cancellationToken) =>
        await Db.EditionMeetings.Where(l => l.MeetingId == id).ForEachAsync(l =>
        {
            l.MeetingId = null;
            l.Details = "";
        }, cancellationToken);
}
