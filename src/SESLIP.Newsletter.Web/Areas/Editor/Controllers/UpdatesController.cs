using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.PreviewLinks;
using SESLIP.Newsletter.Web.Publishing;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

[Route("editor/updates")]
public sealed class UpdatesController(
    NewsletterDbContext db,
    EditionBuilder editions,
    CarryForward carryForward,
    EditorialChanges changes,
    PublishingService publishing,
    ScheduledPublisher scheduler,
    UpdateSending sending,
    DraftPreview drafts,
    TimeProvider time) : EditorController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var last = await carryForward.LatestAsync(cancellationToken);
        // A week after the latest issue may be past the calendar's end: then the editor chooses the date.
        DateOnly? date = last?.IssueDate > DateOnly.MaxValue.AddDays(-7) ? null : CarryForward.NextIssueDate(LondonClock.Today(time), last?.IssueDate);
        var model = new StartUpdateModel
        {
            Number = (last?.Number ?? 0) + 1,
            IssueDate = date,
            Intro = last?.Intro ?? "",
            PreviousNumber = last?.Number,
        };
        if (last is not null)
        {
            model.Candidates = await CandidatesAsync(last.Id, date ?? last.IssueDate, cancellationToken);
        }

        if (date is null)
        {
            ModelState.AddModelError(nameof(model.IssueDate), $"The latest update is dated {Dates.DayMonthYear(last!.IssueDate)}, too late for a date a week on. Enter the issue date.");
        }

        return View(model);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(StartUpdateModel model, CancellationToken cancellationToken)
    {
        var last = await carryForward.LatestAsync(cancellationToken);
        if (await db.Updates.AnyAsync(u => u.Number == model.Number, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Number), $"There is already an Update no {model.Number}. Choose another number.");
        }

        if (!ModelState.IsValid || model.IssueDate is not { } date)
        {
            model.PreviousNumber = last?.Number;
            var chosen = model.Candidates.Where(c => c.Carry).Select(c => c.ItemId).ToHashSet();
            model.Candidates = last is null ? [] : await CandidatesAsync(last.Id, model.IssueDate ?? LondonClock.Today(time), cancellationToken);
            model.Candidates.ForEach(c => c.Carry = chosen.Contains(c.ItemId));
            return View(model);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var update = new Update
        {
            Number = model.Number,
            IssueDate = date,
            Intro = model.Intro ?? "",
            Layout = last?.Layout ?? UpdateLayout.Headlines,
            Status = UpdateStatus.Draft,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };

        if (last is not null)
        {
            await carryForward.CopyAsync(last.Id, update, model.Candidates.Where(c => c.Carry).Select(c => c.ItemId).ToHashSet(), cancellationToken);
        }

        await editions.RefreshAsync(update, cancellationToken);
        db.Updates.Add(update);
        var note = ChangeNote.Of("Created", nameof(Update), update.Number, $"{update.Title} started as a draft with {update.Items.Count} reminder(s) carried forward");
        if (await changes.SaveAsync(note, Actor, cancellationToken) != SaveOutcome.Saved)
        {
            // Someone else took the number between the check and the save.
            ModelState.AddModelError(nameof(model.Number), $"There is already an Update no {model.Number}. Choose another number.");
            return await New(cancellationToken);
        }

        Status($"{update.Title} has been started as a draft. Add this week's items, then preview and publish.");
        return RedirectToAction(nameof(Edit), new { id = update.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: false, cancellationToken);
        return update is null ? NotFound() : View(await EditModelAsync(update, UpdateDetailsModel.From(update), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, UpdateDetailsModel model, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: true, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        model.Id = id;
        var published = update.IsPublished();
        if (model.Number != update.Number && await db.Updates.AnyAsync(u => u.Number == model.Number && u.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Number), $"There is already an Update no {model.Number}. Choose another number.");
        }

        if (published && model.Number != update.Number)
        {
            ModelState.AddModelError(nameof(model.Number), "A published update keeps its number: readers and links know it by it.");
        }

        if (published && string.IsNullOrWhiteSpace(model.CorrectionNote))
        {
            ModelState.AddModelError(nameof(model.CorrectionNote), ItemsController.CorrectionNoteMissing);
        }

        if (!ModelState.IsValid || model.IssueDate is not { } date)
        {
            return View(await EditModelAsync(update, model, cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Entry(update).Property(u => u.Version).OriginalValue = model.Version;
        if (published)
        {
            Corrections.Record(update, model.CorrectionNote!, model.CorrectionKind, Actor, now);
        }

        update.Number = model.Number;
        update.IssueDate = date;
        update.Layout = model.Layout;
        update.Intro = model.Intro ?? "";
        update.UpdatedAtUtc = now;
        var (action, summary) = published
            ? Corrections.AuditNote(model.CorrectionKind, update.Title, model.CorrectionNote!)
            : ("Updated", $"{update.Title} details saved");
        var note = ChangeNote.Of(action, nameof(Update), update.Number, summary);
        switch (await changes.SaveAsync(note, Actor, cancellationToken))
        {
            case SaveOutcome.Conflict:
                return await DetailsConflictAsync(id, model, cancellationToken);
            case SaveOutcome.Busy:
                ModelState.AddModelError(nameof(model.Intro), BusyDatabase.Message);
                BusyDatabase.Mark(Response);
                var unchanged = await editions.LoadAsync(id, tracking: false, cancellationToken);
                return unchanged is null ? NotFound() : View(await EditModelAsync(unchanged, model, cancellationToken));
            case SaveOutcome.Duplicate:
                // Someone else took the number between the check and the save.
                ModelState.AddModelError(nameof(model.Number), $"There is already an Update no {model.Number}. Choose another number.");
                var current = await editions.LoadAsync(id, tracking: false, cancellationToken);
                return current is null ? NotFound() : View(await EditModelAsync(current, model, cancellationToken));
        }

        Status(published ? "The correction has been published with its note." : "Saved.");
        return RedirectToAction(nameof(Edit), null, new { id }, EditSections.Details);
    }

    /// <summary>The whole update exactly as readers will see it, built from the directory as it is now.</summary>
    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: false, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        return View(new UpdatePreviewModel
        {
            Page = await drafts.PageAsync(update, cancellationToken),
            Id = id,
            Version = update.Version,
            Changed = update.UpdatedAtUtc.Ticks,
            Status = update.Status,
        });
    }

    /// <summary>Adds a meeting to the directory and shows it in this update, in one step.</summary>
    [HttpPost("{id:int}/meetings/new")]
    public async Task<IActionResult> NewMeeting(int id, NewMeetingModel meeting, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: true, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return NotDone(id, "This update is published, so its meeting dates are frozen. Return it to draft to change them.");
        }

        var network = await db.Networks.FirstOrDefaultAsync(n => n.Id == meeting.NetworkId, cancellationToken);
        if (network is null)
        {
            ModelState.AddModelError(nameof(meeting.NetworkId), "Choose the network that is meeting.");
        }

        foreach (var (field, message) in meeting.Check())
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            var model = await EditModelAsync(update, UpdateDetailsModel.From(update), cancellationToken, newMeeting: meeting);
            return View(nameof(Edit), model);
        }

        // Adding overwrites nobody, so losing a race with another editor's save is retried once on the fresh
        // update; only a second loss, or a busy database, comes back to the editor, with what they typed.
        var outcome = await AddMeetingAsync(update, network!, meeting, cancellationToken);
        if (outcome is SaveOutcome.Conflict or SaveOutcome.Duplicate)
        {
            var fresh = await editions.LoadAsync(id, tracking: true, cancellationToken);
            outcome = fresh is null || fresh.IsPublished() ? SaveOutcome.Conflict
                : await AddMeetingAsync(fresh, await db.Networks.FirstAsync(n => n.Id == network!.Id, cancellationToken), meeting, cancellationToken);
        }

        if (outcome != SaveOutcome.Saved)
        {
            ModelState.AddModelError(nameof(meeting.NetworkId), outcome == SaveOutcome.Busy ? BusyDatabase.Message
                : "Someone changed this update while you were adding the meeting, so nothing was saved. Add it again.");
            if (outcome == SaveOutcome.Busy)
            {
                BusyDatabase.Mark(Response);
            }
            else
            {
                Response.StatusCode = StatusCodes.Status409Conflict;
            }

            var current = await editions.LoadAsync(id, tracking: false, cancellationToken);
            return current is null ? NotFound() : View(nameof(Edit), await EditModelAsync(current, UpdateDetailsModel.From(current), cancellationToken, newMeeting: meeting));
        }

        var line = await db.EditionMeetings.Where(l => l.UpdateId == id && l.NetworkId == network!.Id)
            .OrderByDescending(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        return Done(id, $"The {network!.Name} meeting has been added to the directory and to this update.",
            line is { } lineId ? EditSections.Line(EditionLineKind.Meetings, lineId) : EditSections.Lines(EditionLineKind.Meetings));
    }

    /// <summary>Adds a publication to the library and to this update's Tools &amp; Templates, in one step.</summary>
    [HttpPost("{id:int}/publications/new")]
    public async Task<IActionResult> NewPublication(int id, [Bind(Prefix = "NewPublication")] PublicationFormModel publication, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: true, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return Done(id, "This update is published, so its Tools & Templates are frozen. Return it to draft to change them.");
        }

        if (string.IsNullOrWhiteSpace(publication.Title))
        {
            ModelState.AddModelError("NewPublication.Title", "Enter the publication's title.");
        }

        var outcome = SaveOutcome.Conflict;
        if (ModelState.IsValid)
        {
            var publisherName = publication.Publisher?.Trim() ?? "";
            var created = new Publication
            {
                Title = publication.Title!.Trim(),
                Slug = await Slug.UniqueAsync(db.Publications.Select(p => p.Slug), publication.Title!, cancellationToken),
                PublisherText = publisherName,
                Publisher = publisherName.Length == 0 ? null : await db.Organisations.FirstOrDefaultAsync(o => o.Name == publisherName, cancellationToken),
                PublishedOn = publication.PublishedOn,
                Url = string.IsNullOrWhiteSpace(publication.Url) ? null : publication.Url.Trim(),
            };
            db.Publications.Add(created);

            // Tools & Templates lists the newest first: above the first line.
            var line = new EditionPublication { Position = update.Publications.Select(p => p.Position).DefaultIfEmpty(1).Min() - 1, Publication = created, Text = created.Title };
            update.Publications.Add(line);
            outcome = await changes.SavePartAsync(update,
                [
                    ChangeNote.Of("Created", nameof(Publication), created.Slug, $"Publication “{created.Title}” added to the library"),
                    ChangeNote.Of("Updated", nameof(Update), update.Number, $"“{created.Title}” added to {update.Title}"),
                ],
                Actor, cancellationToken);
            if (outcome == SaveOutcome.Saved)
            {
                return Done(id, $"“{created.Title}” added to the library and to Tools & Templates.", EditSections.Line(EditionLineKind.Publications, line.Id));
            }

            ModelState.AddModelError("NewPublication.Title", outcome == SaveOutcome.Busy ? BusyDatabase.Message
                : "Someone changed this update, or added a publication like it, while you were typing, so nothing was saved. Add it again.");
        }

        db.ChangeTracker.Clear();
        var current = await editions.LoadAsync(id, tracking: false, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        if (outcome == SaveOutcome.Busy)
        {
            BusyDatabase.Mark(Response);
        }

        return View(nameof(Edit), await EditModelAsync(current, UpdateDetailsModel.From(current), cancellationToken, newPublication: publication));
    }

    private async Task<SaveOutcome> AddMeetingAsync(Update update, Network network, NewMeetingModel meeting, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var created = new Meeting { Uid = MeetingUid.New(), UpdatedAtUtc = now };
        meeting.CopyTo(created);
        db.Meetings.Add(created);
        // The network's "no date yet" line, if it has one, makes way for the meeting in its place.
        var place = update.Meetings.Where(m => m.MeetingId is null && m.NetworkId == network.Id).Select(m => (int?)m.Position).Min();
        update.Meetings.RemoveAll(m => m.MeetingId is null && m.NetworkId == network.Id);
        update.Meetings.Add(new EditionMeeting
        {
            Position = place ?? update.Meetings.Select(m => m.Position + 1).DefaultIfEmpty(0).Max(),
            NetworkId = network.Id,
            NetworkName = network.Name,
            Meeting = created,
        });
        var note = ChangeNote.Of("Created", nameof(Meeting), network.Name, $"{network.Name} meeting {MeetingWording.Line(created)} added, shown in {update.Title}");

        // The draft keeps the line's text as it stands too, so every list of it reads right before publishing;
        // the text is built from the saved meeting, so the meeting is saved first, in the same transaction.
        var stamp = now > update.UpdatedAtUtc ? now : update.UpdatedAtUtc.AddTicks(1);
        return await changes.ExecuteAsync(async ct =>
            {
                await db.Updates.Where(u => u.Id == update.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.UpdatedAtUtc, stamp), ct);
                await db.SaveChangesAsync(ct);
                await editions.RefreshAsync(update, ct);
            },
            [note], Actor, cancellationToken);
    }

    /// <summary>The confirmation step: what readers will get and what the checks found, with the real publish button.</summary>
    [HttpGet("{id:int}/publish")]
    public async Task<IActionResult> ConfirmPublish(int id, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: false, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return NotDone(id, "That update is already published.");
        }

        // Counted as it will be published: publications that items report join Tools & Templates.
        await editions.RefreshAsync(update, cancellationToken);
        return View(PublishConfirmModel.From(update));
    }

    /// <param name="confirmed">Set only by the confirmation step's button; "Publish now" elsewhere leads to that step.</param>
    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, int version, long? changed, bool confirmed, CancellationToken cancellationToken)
    {
        if (await ChangedSinceShownAsync(id, changed, cancellationToken))
        {
            return ChangedSince(id);
        }

        if (!confirmed)
        {
            return await db.Updates.AnyAsync(u => u.Id == id, cancellationToken) ? RedirectToAction(nameof(ConfirmPublish), new { id }) : NotFound();
        }

        var outcome = await publishing.PublishAsync(id, version, Actor, cancellationToken);
        return outcome switch
        {
            PublishOutcome.NotFound => NotFound(),
            PublishOutcome.Conflict => ChangedSince(id),
            PublishOutcome.AlreadyPublished => NotDone(id, "That update is already published."),
            PublishOutcome.Empty => NotDone(id, EmptyRefusal),
            _ => Done(id, "Published. Readers can see it now."),
        };
    }

    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, [Bind(Prefix = "Schedule")] ScheduleModel schedule, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(id, tracking: false, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        var utc = default(DateTime);
        if (ModelState.IsValid && schedule.Date is { } day && schedule.Time is { } at)
        {
            if (!LondonClock.TryToUtcRefusingGap(day, at, out utc, out var error))
            {
                ModelState.AddModelError("Schedule.Time", error!);
            }
            else if (utc <= time.GetUtcNow().UtcDateTime)
            {
                ModelState.AddModelError("Schedule.Date", "That time has already passed. To publish straight away, use Publish now.");
            }
        }

        if (!ModelState.IsValid)
        {
            var model = await EditModelAsync(update, UpdateDetailsModel.From(update), cancellationToken, schedule);
            return View(nameof(Edit), model);
        }

        if (await ChangedSinceShownAsync(id, schedule.Changed, cancellationToken))
        {
            return ChangedSince(id);
        }

        var outcome = await publishing.ScheduleAsync(id, schedule.Version, utc, Actor, schedule.SendWhenPublished, cancellationToken);
        scheduler.Wake();
        return outcome switch
        {
            PublishOutcome.NotFound => NotFound(),
            PublishOutcome.Conflict => ChangedSince(id),
            PublishOutcome.AlreadyPublished => NotDone(id, "That update is already published."),
            PublishOutcome.Empty => NotDone(id, EmptyRefusal),
            _ => Done(id, $"Scheduled: it will be published on {LondonClock.ToLocal(utc):dddd d MMMM yyyy 'at' HH:mm} (UK time)"
                + (schedule.SendWhenPublished ? " and e-mailed to subscribers." : ".")),
        };
    }

    [HttpPost("{id:int}/draft")]
    public async Task<IActionResult> ReturnToDraft(int id, int version, CancellationToken cancellationToken)
    {
        var outcome = await publishing.ReturnToDraftAsync(id, version, Actor, cancellationToken);
        scheduler.Wake();
        return outcome switch
        {
            PublishOutcome.NotFound => NotFound(),
            PublishOutcome.Conflict => ChangedSince(id),
            _ => Done(id, "It is a draft again: readers cannot see it."),
        };
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var update = await db.Updates.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return update is null ? NotFound() : View(UpdateDetailsModel.From(update));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var update = await db.Updates.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            Refused("A published update cannot be deleted. Return it to draft first if it should not be public.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        db.Entry(update).Property(u => u.Version).OriginalValue = version;
        db.Updates.Remove(update);
        if (await changes.SaveAsync(ChangeNote.Of("Deleted", nameof(Update), update.Number, $"Draft {update.Title} deleted"), Actor, cancellationToken) != SaveOutcome.Saved)
        {
            return ChangedSince(id);
        }

        Status($"Draft {update.Title} deleted.");
        return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }

    /// <summary>Items and lines have versions of their own (docs/adr/0023-per-part-versions.md), so the update's
    /// version alone does not say whether what the editor saw is what would be published; its last-changed stamp,
    /// which every part's save moves, does.</summary>
    private async Task<bool> ChangedSinceShownAsync(int id, long? shownTicks, CancellationToken cancellationToken) =>
        shownTicks is { } ticks
        && await db.Updates.Where(u => u.Id == id).Select(u => (DateTime?)u.UpdatedAtUtc).FirstOrDefaultAsync(cancellationToken) is { } current
        && current.Ticks != ticks;

    private RedirectToActionResult Done(int id, string message, string fragment = EditSections.Publishing)
    {
        Status(message);
        return RedirectToAction(nameof(Edit), null, new { id }, fragment);
    }

    private const string EmptyRefusal = "This update has no items, so it was not published or scheduled: readers would get an empty page. Add at least one item first.";

    private RedirectToActionResult NotDone(int id, string message)
    {
        Refused(message);
        return RedirectToAction(nameof(Edit), new { id });
    }

    private RedirectToActionResult ChangedSince(int id)
    {
        Refused("Someone changed this update after you opened it, so nothing was done. Check the update below, then try again.");
        return RedirectToAction(nameof(Edit), null, new { id }, EditSections.Publishing);
    }

    private async Task<IActionResult> DetailsConflictAsync(int id, UpdateDetailsModel mine, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await editions.LoadAsync(id, tracking: false, cancellationToken);
        if (current is null)
        {
            Refused("Someone deleted this update while you were editing it.");
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        mine.Conflict = await CompareAsync(db, nameof(Update), current.Number.ToString(CultureInfo.InvariantCulture),
            [
                ("Update number", mine.Number.ToString(CultureInfo.InvariantCulture), current.Number.ToString(CultureInfo.InvariantCulture)),
                ("Issue date", mine.IssueDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), current.IssueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
                ("Layout", mine.Layout.ToString(), current.Layout.ToString()),
                ("Introduction", mine.Intro, current.Intro),
            ],
            cancellationToken);
        mine.Version = current.Version;
        ModelState.Remove(nameof(mine.Version));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Edit), await EditModelAsync(current, mine, cancellationToken));
    }

    private async Task<List<CarryOption>> CandidatesAsync(int previousId, DateOnly issueDate, CancellationToken cancellationToken) =>
        [.. (await carryForward.CandidatesAsync(previousId, issueDate, cancellationToken))
            .Select(c => new CarryOption { ItemId = c.ItemId, Title = c.Title, Section = c.Section, RemindUntil = c.RemindUntil, Carry = c.CarryByDefault })];

    private async Task<UpdateEditModel> EditModelAsync(Update update, UpdateDetailsModel details, CancellationToken cancellationToken, ScheduleModel? schedule = null, NewMeetingModel? newMeeting = null, PublicationFormModel? newPublication = null)
    {
        if (!update.IsPublished())
        {
            // Show the lines as they will be published, from the directory as it is now.
            db.ChangeTracker.Clear();
            var fresh = await editions.LoadAsync(update.Id, tracking: false, cancellationToken) ?? update;
            await editions.RefreshAsync(fresh, cancellationToken);
            update = fresh;
        }

        var publicationTitles = await db.Publications.AsNoTracking()
            .OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title))
            .ToListAsync(cancellationToken);
        var titleOf = publicationTitles.ToDictionary(p => p.Id, p => p.Text);
        var today = LondonClock.Today(time);
        var meetingChoices = await db.Meetings.AsNoTracking()
            .Where(m => !m.IsCancelled && (m.Date == null || m.Date >= today))
            .OrderBy(m => m.Network!.Name).ThenBy(m => m.Date)
            .Select(m => new { m.Id, Network = m.Network!.Name, Meeting = m })
            .ToListAsync(cancellationToken);

        var cancellable = meetingChoices.Where(c => c.Meeting.Date is not null).ToDictionary(c => c.Id, c => (int?)c.Meeting.Version);

        ItemRow Row(UpdateItem i) => new(i.Id, i.Title, i.Version, i.RemindUntil,
            i.PublicationId is { } p && titleOf.TryGetValue(p, out var t) ? t : null, i.CarriedFromItemId is not null);

        return new UpdateEditModel
        {
            Details = details,
            Status = update.Status,
            Changed = update.UpdatedAtUtc.Ticks,
            ScheduledForUtc = update.ScheduledForUtc,
            PublishedAtUtc = update.PublishedAtUtc,
            News = [.. update.Items.Where(i => i.Section == ItemSection.News).OrderBy(i => i.Position).Select(Row)],
            Reminders = [.. update.Items.Where(i => i.Section == ItemSection.Reminder).OrderBy(i => i.Position).Select(Row)],
            Meetings = [.. update.Meetings.OrderBy(m => m.Position).Select(m => new LineRow(m.Id,
                $"{m.NetworkName}: {(m.Details.Length > 0 ? m.Details + ". " : "")}{m.ContactText}", m.NetworkId is not null || m.MeetingId is not null,
                m.NetworkName, m.MeetingId, m.MeetingId is { } id && cancellable.TryGetValue(id, out var v) ? v : null))],
            Publications = [.. update.Publications.OrderBy(p => p.Position).Select(p => new LineRow(p.Id, p.Text, p.PublicationId is not null, p.Text))],
            Contacts = [.. update.Contacts.OrderBy(c => c.Position).Select(c => new LineRow(c.Id,
                $"{c.Name}{(c.Roles.Length > 0 ? ", " + c.Roles : "")}{(c.Organisation.Length > 0 ? " (" + c.Organisation + ")" : "")}", c.ContactId is not null, c.Name))],
            Corrections = [.. update.Corrections.OrderBy(c => c.CorrectedAtUtc).Select(c => new CorrectionRow(c.CorrectedAtUtc, c.Note, c.CorrectedBy))],
            MeetingChoices = [.. meetingChoices.Select(m => new Choice(m.Id, $"{m.Network}: {(m.Meeting.Date is null ? "date to be confirmed" : MeetingWording.Line(m.Meeting))}"))],
            NetworkChoices = await db.Networks.AsNoTracking().OrderBy(n => n.Name).Select(n => new Choice(n.Id, n.Name)).ToListAsync(cancellationToken),
            PublicationChoices = publicationTitles,
            ContactChoices = await db.Contacts.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name)).ToListAsync(cancellationToken),
            NewMeeting = newMeeting ?? new NewMeetingModel(),
            NewPublication = newPublication ?? new PublicationFormModel(),
            SuggestedPublications = await SuggestedPublicationsAsync(update, cancellationToken),
            Sending = await sending.ProgressAsync(update.Id, cancellationToken) is { } progress
                ? SendingPanelModel.From(progress, update.Number, await db.Subscribers.CountAsync(r => r.Status == SubscriberStatus.Confirmed, cancellationToken))
                : null,
            Import = await ImportReportModel.LoadAsync(db, update.Id, cancellationToken),
            Schedule = schedule ?? new ScheduleModel
            {
                Version = details.Version,
                Changed = update.UpdatedAtUtc.Ticks,
                Date = update.ScheduledForUtc is { } s ? DateOnly.FromDateTime(LondonClock.ToLocal(s)) : update.IssueDate,
                Time = update.ScheduledForUtc is { } s2 ? TimeOnly.FromDateTime(LondonClock.ToLocal(s2)) : new TimeOnly(9, 0),
                SendWhenPublished = update.SendWhenPublished,
            },
        };
    }

    /// <summary>Publications this week's items report, and those published in the seven days up to the issue
    /// date, not yet in the list: oldest first, the order they happened in.</summary>
    private async Task<List<Choice>> SuggestedPublicationsAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.IsPublished())
        {
            return [];
        }

        var reported = update.Items.Where(i => i.PublicationId is not null).Select(i => i.PublicationId!.Value).ToList();
        var listed = update.Publications.Where(p => p.PublicationId is not null).Select(p => p.PublicationId!.Value).ToList();
        var weekStart = update.IssueDate.AddDays(-7);
        return await db.Publications.AsNoTracking()
            .Where(p => !listed.Contains(p.Id) && (reported.Contains(p.Id) || (p.PublishedOn >= weekStart && p.PublishedOn <= update.IssueDate)))
            .OrderBy(p => p.PublishedOn).ThenBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title))
            .ToListAsync(cancellationToken);
    }
}
