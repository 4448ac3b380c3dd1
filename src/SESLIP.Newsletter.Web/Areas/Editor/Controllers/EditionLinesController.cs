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

/// <summary>Which directory meetings, publications and contacts a draft shows, and in what order.
/// The lines' text is rebuilt from the directory on preview and publish, so only links and
/// positions are chosen here.</summary>
[Route("editor/updates/{updateId:int}/lines")]
public sealed class EditionLinesController(
    NewsletterDbContext db,
    EditionBuilder editions,
    EditorialChanges changes,
    TimeProvider time) : EditorController
{
    /// <summary>A published update's lines are frozen copies; a mistake in one is corrected here, with a note.</summary>
    [HttpGet(EditionLineKinds.Route + "/{lineId:int}/correct")]
    public async Task<IActionResult> Correct(int updateId, EditionLineKind kind, int lineId, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
        var form = update is null ? null : LineCorrectionForm.From(update, kind, lineId);
        if (update is null || form is null)
        {
            return NotFound();
        }

        return update.IsPublished() ? View(form) : NotCorrectable(updateId);
    }

    [HttpPost(EditionLineKinds.Route + "/{lineId:int}/correct")]
    public async Task<IActionResult> Correct(int updateId, EditionLineKind kind, int lineId, LineCorrectionForm form, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        var current = update is null ? null : LineCorrectionForm.From(update, kind, lineId);
        if (update is null || current is null)
        {
            return NotFound();
        }

        if (!update.IsPublished())
        {
            return NotCorrectable(updateId);
        }

        (form.UpdateId, form.UpdateNumber, form.Kind, form.LineId) = (updateId, update.Number, kind, lineId);
        if (string.IsNullOrWhiteSpace(form.CorrectionNote))
        {
            ModelState.AddModelError(nameof(form.CorrectionNote), ItemsController.CorrectionNoteMissing);
        }

        if (form.RequiredField is { } required && string.IsNullOrWhiteSpace(form.ValueOf(required)))
        {
            ModelState.AddModelError(required, "This cannot be empty. To take a line out, unpublish the update.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = form.Version;
        var now = time.GetUtcNow().UtcDateTime;
        Corrections.Record(update, form.CorrectionNote!, form.CorrectionKind, Actor, now);
        form.ApplyTo(update);
        update.UpdatedAtUtc = now;
        var (action, summary) = Corrections.AuditNote(form.CorrectionKind, $"{update.Title}: a {kind.Singular()} line", form.CorrectionNote!);
        var note = ChangeNote.Of(action, nameof(Update), update.Number, summary);
        if (await changes.SaveAsync(note, Actor, cancellationToken) != SaveOutcome.Saved)
        {
            var fresh = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
            var theirs = fresh is null ? null : LineCorrectionForm.From(fresh, kind, lineId);
            if (fresh is null || theirs is null)
            {
                Refused("Someone removed this line or its update while you were correcting it.");
                return ToUpdate(updateId);
            }

            form.Conflict = await CompareAsync(db, nameof(Update), fresh.Number.ToString(CultureInfo.InvariantCulture),
                form.Fields.Select(f => (f.Label, form.ValueOf(f.Field), theirs.ValueOf(f.Field))), cancellationToken);
            form.Version = fresh.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(form);
        }

        Status(form.CorrectionKind == CorrectionKind.Minor ? "The minor correction has been published (recorded in the audit trail only)." : "The correction has been published with its note.");
        return ToUpdate(updateId, kind);
    }

    private RedirectToActionResult NotCorrectable(int updateId)
    {
        Refused("Only a published update is corrected line by line; a draft's lines come from the directory.");
        return ToUpdate(updateId);
    }

    // Adding, removing and moving a line are applied to the list as it is at the moment of saving, not to the
    // list on the editor's screen: none of them overwrites anyone's text. So the list carries no version of its
    // own; losing a race with another save is retried once on the fresh list (docs/adr/0023-per-part-versions.md).
    [HttpPost(EditionLineKinds.Route + "/add")]
    public async Task<IActionResult> Add(int updateId, EditionLineKind kind, string? choice, CancellationToken cancellationToken)
    {
        var id = choice is { Length: > 1 } && int.TryParse(choice.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return await OnFreshListAsync(updateId, kind, null, async (update, lines) =>
        {
            var added = choice is { Length: > 0 } ? await lines.Add(update, choice[0], id, cancellationToken) : null;
            if (added is null)
            {
                return (null, "Choose something from the list to add.");
            }

            await editions.RefreshAsync(update, cancellationToken);
            return (ChangeNote.Of("Updated", nameof(Update), update.Number, $"{added} added to {update.Title}"), $"{added} added. Its text is filled in from the directory.");
        }, cancellationToken);
    }

    [HttpPost(EditionLineKinds.Route + "/{lineId:int}/remove")]
    public async Task<IActionResult> Remove(int updateId, EditionLineKind kind, int lineId, CancellationToken cancellationToken) =>
        !await LineExistsAsync(updateId, kind, lineId, cancellationToken) ? NotFound() : await OnFreshListAsync(updateId, kind, null, (update, lines) =>
        {
            var removed = lines.Remove(update, lineId);
            return Task.FromResult<(ChangeNote?, string?)>(removed is null
                ? (null, "That line had already been removed.")
                : (ChangeNote.Of("Updated", nameof(Update), update.Number, $"Removed from {update.Title}: {removed}"), $"Removed: {removed}"));
        }, cancellationToken);

    [HttpPost(EditionLineKinds.Route + "/{lineId:int}/move")]
    public Task<IActionResult> Move(int updateId, EditionLineKind kind, int lineId, string direction, CancellationToken cancellationToken) =>
        OnFreshListAsync(updateId, kind, lineId, (update, lines) =>
        {
            var moved = lines.Move(update, lineId, direction == "up");
            return Task.FromResult<(ChangeNote?, string?)>(moved switch
            {
                null => (null, "That line has been removed."),
                "" => (null, null),
                _ => (ChangeNote.Of("Reordered", nameof(Update), update.Number, $"{moved} moved {direction} in {update.Title}"), null),
            });
        }, cancellationToken);

    /// <summary>Loads the draft with one kind of line, lets <paramref name="change"/> change the list (returning
    /// the audit note, or none when there is nothing to save, and the message for the editor) and saves it,
    /// once more on the fresh list if another save got in between. The editor returns to
    /// <paramref name="lineId"/>, or else to the line just added, or else to the list.</summary>
    private async Task<IActionResult> OnFreshListAsync(int updateId, EditionLineKind kind, int? lineId,
        Func<Update, Lines, Task<(ChangeNote? Note, string? Message)>> change, CancellationToken cancellationToken)
    {
        var lines = LinesOf(kind);
        for (var attempt = 1; ; attempt++)
        {
            var update = await lines.Include(db.Updates).FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
            if (update is null)
            {
                return NotFound();
            }

            if (update.IsPublished())
            {
                return Frozen(updateId);
            }

            var before = lines.Ids(update).ToHashSet();
            var (note, message) = await change(update, lines);
            var outcome = note is null ? SaveOutcome.Saved : await changes.SavePartAsync(update, note, Actor, cancellationToken);
            switch (outcome)
            {
                case SaveOutcome.Saved:
                    if (message is not null)
                    {
                        // A message with nothing saved says why nothing happened.
                        Tell(note is not null, message);
                    }

                    var added = lines.Ids(update).Where(i => !before.Contains(i)).Select(i => (int?)i).FirstOrDefault();
                    return (lineId ?? added) is { } shown && lines.Ids(update).Contains(shown)
                        ? RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id = updateId }, EditSections.Line(kind, shown))
                        : ToUpdate(updateId, kind);
                case SaveOutcome.Busy:
                    Refused(BusyDatabase.Message);
                    return ToUpdate(updateId, kind);
                case var _ when attempt > 1:
                    return ChangedSince(updateId, kind);
            }
        }
    }

    private Task<bool> LineExistsAsync(int updateId, EditionLineKind kind, int lineId, CancellationToken cancellationToken) => kind switch
    {
        EditionLineKind.Meetings => db.EditionMeetings.AnyAsync(l => l.Id == lineId && l.UpdateId == updateId, cancellationToken),
        EditionLineKind.Publications => db.EditionPublications.AnyAsync(l => l.Id == lineId && l.UpdateId == updateId, cancellationToken),
        _ => db.EditionContacts.AnyAsync(l => l.Id == lineId && l.UpdateId == updateId, cancellationToken),
    };

    private RedirectToActionResult Frozen(int updateId)
    {
        Refused("This update is published, so its lines are frozen. Return it to draft to change them.");
        return ToUpdate(updateId);
    }

    private RedirectToActionResult ChangedSince(int updateId, EditionLineKind kind)
    {
        Refused("Someone changed this update after you opened it, so nothing was done. Check the update below, then try again.");
        return ToUpdate(updateId, kind);
    }

    /// <summary>The edit page, at the list of <paramref name="kind"/> when given.</summary>
    private RedirectToActionResult ToUpdate(int updateId, EditionLineKind? kind = null) =>
        RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id = updateId }, kind is { } k ? EditSections.Lines(k) : null);

    /// <summary>How each action reaches one kind of line: the one place that tells the kinds apart.</summary>
    private sealed record Lines(
        Func<IQueryable<Update>, IQueryable<Update>> Include,
        Func<Update, char, int, CancellationToken, Task<string?>> Add,
        Func<Update, int, string?> Remove,
        Func<Update, int, bool, string?> Move,
        Func<Update, IEnumerable<int>> Ids);

    private Lines LinesOf(EditionLineKind kind) => kind switch
    {
        EditionLineKind.Meetings => new(
            q => q.Include(u => u.Meetings),
            (u, prefix, id, ct) => prefix switch
            {
                'm' => AddMeetingAsync(u, id, ct),
                'n' => AddNetworkAsync(u, id, ct),
                _ => Task.FromResult<string?>(null),
            },
            (u, id) => RemoveFrom(u.Meetings, id, m => m.Id, m => m.NetworkName),
            (u, id, up) => Swap(u.Meetings, id, up, m => m.Id, m => m.Position, (m, p) => m.Position = p, m => m.NetworkName),
            u => u.Meetings.Select(m => m.Id)),
        EditionLineKind.Publications => new(
            q => q.Include(u => u.Publications),
            (u, prefix, id, ct) => prefix == 'p' ? AddPublicationAsync(u, id, ct) : Task.FromResult<string?>(null),
            (u, id) => RemoveFrom(u.Publications, id, p => p.Id, p => p.Text),
            (u, id, up) => Swap(u.Publications, id, up, p => p.Id, p => p.Position, (p, i) => p.Position = i, p => p.Text),
            u => u.Publications.Select(p => p.Id)),
        _ => new(
            q => q.Include(u => u.Contacts),
            (u, prefix, id, ct) => prefix == 'c' ? AddContactAsync(u, id, ct) : Task.FromResult<string?>(null),
            (u, id) => RemoveFrom(u.Contacts, id, c => c.Id, c => c.Name),
            (u, id, up) => Swap(u.Contacts, id, up, c => c.Id, c => c.Position, (c, i) => c.Position = i, c => c.Name),
            u => u.Contacts.Select(c => c.Id)),
    };

    private async Task<string?> AddMeetingAsync(Update update, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        // A network appears once: its dated meeting replaces a "no date yet" line, in that line's place.
        var place = update.Meetings.Where(m => m.MeetingId is null && m.NetworkId == meeting.NetworkId).Select(m => (int?)m.Position).Min();
        update.Meetings.RemoveAll(m => m.MeetingId is null && m.NetworkId == meeting.NetworkId);
        update.Meetings.Add(new EditionMeeting
        {
            Position = place ?? NextPosition(update.Meetings.Select(m => m.Position)),
            NetworkId = meeting.NetworkId,
            MeetingId = meeting.Id,
            NetworkName = meeting.Network!.Name,
        });
        return $"The {meeting.Network!.Name} meeting";
    }

    private async Task<string?> AddNetworkAsync(Update update, int networkId, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            return null;
        }

        update.Meetings.Add(new EditionMeeting
        {
            Position = NextPosition(update.Meetings.Select(m => m.Position)),
            NetworkId = network.Id,
            NetworkName = network.Name,
        });
        return $"{network.Name} (no date yet)";
    }

    private async Task<string?> AddPublicationAsync(Update update, int publicationId, CancellationToken cancellationToken)
    {
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == publicationId, cancellationToken);
        if (publication is null)
        {
            return null;
        }

        // Tools & Templates lists the newest first: above the first line, without renumbering every other line.
        var top = update.Publications.Select(p => p.Position).DefaultIfEmpty(1).Min() - 1;
        update.Publications.Add(new EditionPublication { Position = top, PublicationId = publication.Id, Text = publication.Title });
        return $"“{publication.Title}”";
    }

    private async Task<string?> AddContactAsync(Update update, int contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        update.Contacts.Add(new EditionContact
        {
            Position = NextPosition(update.Contacts.Select(c => c.Position)),
            ContactId = contact.Id,
            Name = contact.Name,
        });
        return contact.Name;
    }

    private static int NextPosition(IEnumerable<int> positions) => positions.Select(p => p + 1).DefaultIfEmpty(0).Max();

    private static string? RemoveFrom<T>(List<T> lines, int id, Func<T, int> idOf, Func<T, string> describe)
    {
        var line = lines.FirstOrDefault(l => idOf(l) == id);
        if (line is null)
        {
            return null;
        }

        lines.Remove(line);
        return describe(line);
    }

    /// <summary>Moves a line one place; null if there is no such line, "" if it is already at that end,
    /// otherwise the line's text.</summary>
    private static string? Swap<T>(List<T> lines, int id, bool up, Func<T, int> idOf, Func<T, int> positionOf, Action<T, int> setPosition, Func<T, string> describe)
    {
        var ordered = lines.OrderBy(positionOf).ThenBy(idOf).ToList();
        var index = ordered.FindIndex(l => idOf(l) == id);
        if (index < 0)
        {
            return null;
        }

        var target = up ? index - 1 : index + 1;
        if (target < 0 || target >= ordered.Count)
        {
            return "";
        }

        var (mine, theirs) = (positionOf(ordered[index]), positionOf(ordered[target]));
        if (mine != theirs)
        {
            // Two rows change, however long the list.
            setPosition(ordered[index], theirs);
            setPosition(ordered[target], mine);
            return describe(ordered[index]);
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            setPosition(ordered[i], i);
        }

        return describe(ordered[target]);
    }
}
