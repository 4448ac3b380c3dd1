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
    PublishingService publishing,
    AuditTrail audit,
    TimeProvider time) : EditorController
{
    /// <summary>A published update's lines are frozen copies; a mistake in one is corrected here, with a note.</summary>
    [HttpGet("{kind}/{lineId:int}/correct")]
    public async Task<IActionResult> Correct(int updateId, string kind, int lineId, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
        var form = update is null ? null : LineCorrectionForm.From(update, kind, lineId);
        if (update is null || form is null)
        {
            return NotFound();
        }

        return update.IsPublished() ? View(form) : NotCorrectable(updateId);
    }

    [HttpPost("{kind}/{lineId:int}/correct")]
    public async Task<IActionResult> Correct(int updateId, string kind, int lineId, LineCorrectionForm form, CancellationToken cancellationToken)
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
            ModelState.AddModelError(nameof(form.CorrectionNote), "Say in a few words what you corrected: readers see this note.");
        }

        if (kind != "meetings" && string.IsNullOrWhiteSpace(kind == "publications" ? form.Text : form.Name))
        {
            ModelState.AddModelError(kind == "publications" ? nameof(form.Text) : nameof(form.Name), "This cannot be empty. To take a line out, unpublish the update.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = form.Version;
        var now = time.GetUtcNow().UtcDateTime;
        Corrections.Record(update, form.CorrectionNote!, Actor, now);
        form.ApplyTo(update);
        update.UpdatedAtUtc = now;
        audit.Record("Corrected", nameof(Update), update.Number, $"{update.Title}: a {kind[..^1]} line corrected: {form.CorrectionNote}", Actor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
            var theirs = fresh is null ? null : LineCorrectionForm.From(fresh, kind, lineId);
            if (fresh is null || theirs is null)
            {
                Status("Someone removed this line or its update while you were correcting it.");
                return Redirect($"/editor/updates/{updateId}");
            }

            form.Conflict = await CompareAsync(db, nameof(Update), fresh.Number.ToString(CultureInfo.InvariantCulture),
                form.Fields.Select(f => (f.Label, form.ValueOf(f.Field), theirs.ValueOf(f.Field))), cancellationToken);
            form.Version = fresh.Version;
            ModelState.Remove(nameof(form.Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(form);
        }

        await publishing.EvictPublicPagesAsync(cancellationToken);
        Status("The correction has been published with its note.");
        return Redirect($"/editor/updates/{updateId}#{kind}-heading");
    }

    private RedirectResult NotCorrectable(int updateId)
    {
        Status("Only a published update is corrected line by line; a draft's lines come from the directory.");
        return Redirect($"/editor/updates/{updateId}");
    }

    [HttpPost("{kind}/add")]
    public async Task<IActionResult> Add(int updateId, string kind, string? choice, CancellationToken cancellationToken)
    {
        var update = await db.Updates.Include(u => u.Meetings).Include(u => u.Publications).Include(u => u.Contacts)
            .FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return Frozen(updateId);
        }

        var id = choice is { Length: > 1 } && int.TryParse(choice.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var added = (kind, choice?.FirstOrDefault()) switch
        {
            ("meetings", 'm') => await AddMeetingAsync(update, id, cancellationToken),
            ("meetings", 'n') => await AddNetworkAsync(update, id, cancellationToken),
            ("publications", 'p') => await AddPublicationAsync(update, id, cancellationToken),
            ("contacts", 'c') => await AddContactAsync(update, id, cancellationToken),
            _ => null,
        };
        if (added is null)
        {
            Status("Choose something from the list to add.");
            return Redirect($"/editor/updates/{updateId}#{kind}-heading");
        }

        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("Updated", nameof(Update), update.Number, $"{added} added to {update.Title}", Actor);
        await editions.RefreshAsync(update, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Status($"{added} added. Its text is filled in from the directory.");
        return Redirect($"/editor/updates/{updateId}#{kind}-heading");
    }

    [HttpPost("{kind}/{lineId:int}/remove")]
    public async Task<IActionResult> Remove(int updateId, string kind, int lineId, CancellationToken cancellationToken)
    {
        var update = await LoadAsync(updateId, kind, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return Frozen(updateId);
        }

        var removed = kind switch
        {
            "meetings" => RemoveFrom(update.Meetings, m => m.Id == lineId, m => m.NetworkName),
            "publications" => RemoveFrom(update.Publications, p => p.Id == lineId, p => p.Text),
            "contacts" => RemoveFrom(update.Contacts, c => c.Id == lineId, c => c.Name),
            _ => null,
        };
        if (removed is null)
        {
            return NotFound();
        }

        update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record("Updated", nameof(Update), update.Number, $"Removed from {update.Title}: {removed}", Actor);
        await db.SaveChangesAsync(cancellationToken);
        Status($"Removed: {removed}");
        return Redirect($"/editor/updates/{updateId}#{kind}-heading");
    }

    [HttpPost("{kind}/{lineId:int}/move")]
    public async Task<IActionResult> Move(int updateId, string kind, int lineId, string direction, CancellationToken cancellationToken)
    {
        var update = await LoadAsync(updateId, kind, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return Frozen(updateId);
        }

        var up = direction == "up";
        var moved = kind switch
        {
            "meetings" => Swap(update.Meetings, lineId, up, m => m.Id, m => m.Position, (m, p) => m.Position = p),
            "publications" => Swap(update.Publications, lineId, up, p => p.Id, p => p.Position, (p, i) => p.Position = i),
            "contacts" => Swap(update.Contacts, lineId, up, c => c.Id, c => c.Position, (c, i) => c.Position = i),
            _ => (bool?)null,
        };
        if (moved is null)
        {
            return NotFound();
        }

        if (moved == true)
        {
            update.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/editor/updates/{updateId}#{kind}-heading");
    }

    private RedirectResult Frozen(int updateId)
    {
        Status("This update is published, so its lines are frozen. Return it to draft to change them.");
        return Redirect($"/editor/updates/{updateId}");
    }

    private Task<Update?> LoadAsync(int updateId, string kind, CancellationToken cancellationToken)
    {
        IQueryable<Update> query = db.Updates;
        query = kind switch
        {
            "meetings" => query.Include(u => u.Meetings),
            "publications" => query.Include(u => u.Publications),
            "contacts" => query.Include(u => u.Contacts),
            _ => query,
        };
        return query.FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
    }

    private async Task<string?> AddMeetingAsync(Update update, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Network).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        // A network appears once: its dated meeting replaces a "no date yet" line.
        update.Meetings.RemoveAll(m => m.MeetingId is null && m.NetworkId == meeting.NetworkId);
        update.Meetings.Add(new EditionMeeting
        {
            Position = NextPosition(update.Meetings.Select(m => m.Position)),
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

        // Tools & Templates lists the newest first.
        foreach (var line in update.Publications)
        {
            line.Position++;
        }

        update.Publications.Add(new EditionPublication { Position = 0, PublicationId = publication.Id, Text = publication.Title });
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

    private static string? RemoveFrom<T>(List<T> lines, Func<T, bool> match, Func<T, string> describe)
    {
        var line = lines.FirstOrDefault(match);
        if (line is null)
        {
            return null;
        }

        lines.Remove(line);
        return describe(line);
    }

    private static bool? Swap<T>(List<T> lines, int id, bool up, Func<T, int> idOf, Func<T, int> positionOf, Action<T, int> setPosition)
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
            return false;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            setPosition(ordered[i], i);
        }

        return true;
    }
}
