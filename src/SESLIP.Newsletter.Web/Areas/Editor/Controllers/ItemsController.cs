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

/// <summary>The items of one update. In a published update an item changes only as a correction
/// with a note; items are added, removed and reordered only while it is not published.</summary>
[Route("editor/updates/{updateId:int}/items")]
public sealed class ItemsController(
    NewsletterDbContext db,
    EditionBuilder editions,
    EditorialChanges changes,
    TimeProvider time) : EditorController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(int updateId, ItemSection section, CancellationToken cancellationToken)
    {
        var update = await db.Updates.AsNoTracking().FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        // On a published update a new item is a correction: the form asks for its note.
        var model = ItemFormModel.From(update, new UpdateItem { Section = section });
        await FillChoicesAsync(model, cancellationToken);
        return View("Form", model);
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(int updateId, ItemFormModel model, string? submit, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        Describe(model, update);
        RequireCorrectionNote(model, update);
        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid || submit == "preview")
        {
            return await FormAsync(model, submit == "preview", cancellationToken);
        }

        // Adding overwrites nobody, so losing a race with another editor's save is retried once on the fresh
        // update; only a second loss comes back to the editor, with their text (docs/adr/0023-per-part-versions.md).
        var (outcome, item) = await AddAsync(update, model, cancellationToken);
        if (outcome is SaveOutcome.Conflict or SaveOutcome.Duplicate)
        {
            var published = update.IsPublished();
            update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
            if (update is null || update.IsPublished() != published)
            {
                return await NotSavedAsync(model, SaveOutcome.Conflict, cancellationToken);
            }

            (outcome, item) = await AddAsync(update, model, cancellationToken);
        }

        if (outcome != SaveOutcome.Saved)
        {
            return await NotSavedAsync(model, outcome, cancellationToken);
        }

        Status(update.IsPublished() ? $"“{item.Title}” added to the published update as a correction." : $"“{item.Title}” added.");
        return ToUpdate(updateId, EditSections.Item(item.Id));
    }

    private async Task<(SaveOutcome Outcome, UpdateItem Item)> AddAsync(Update update, ItemFormModel model, CancellationToken cancellationToken)
    {
        var item = new UpdateItem { Position = update.Items.Where(i => i.Section == model.Section).Select(i => i.Position + 1).DefaultIfEmpty(0).Max() };
        var published = update.IsPublished();
        if (published)
        {
            // Recorded before the item is added, so the kept edition is the one readers saw.
            Corrections.Record(update, model.CorrectionNote!, model.CorrectionKind, Actor, time.GetUtcNow().UtcDateTime);
        }

        model.CopyTo(item);
        var notes = await AddPublicationInPlaceAsync(model, item, cancellationToken);
        notes.AddRange(await SaveDocumentsAsync(model, item, cancellationToken));
        item.Anchor = UniqueAnchor(update, item.Title, null);
        update.Items.Add(item);
        if (published)
        {
            var (action, summary) = Corrections.AuditNote(model.CorrectionKind, $"Item “{item.Title}” added to {update.Title}", model.CorrectionNote!);
            notes.Add(ChangeNote.Of(action, nameof(UpdateItem), update.Number, summary));
        }
        else
        {
            notes.Add(ChangeNote.Of("Created", nameof(UpdateItem), update.Number, $"Item “{item.Title}” added to {update.Title}"));
        }
        return (await changes.SavePartAsync(update, notes, Actor, cancellationToken), item);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int updateId, int id, CancellationToken cancellationToken)
    {
        var update = await db.Updates.AsNoTracking().FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        var item = await db.UpdateItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.UpdateId == updateId, cancellationToken);
        if (update is null || item is null)
        {
            return NotFound();
        }

        var model = ItemFormModel.From(update, item);
        if (item.PublicationId is { } pid)
        {
            var publication = await db.Publications.AsNoTracking().Include(p => p.Documents).FirstAsync(p => p.Id == pid, cancellationToken);
            model.Documents = DocumentRows.From(publication);
            model.DocumentsFor = pid;
            model.DocumentsVersion = publication.Version;
        }

        await FillChoicesAsync(model, cancellationToken);
        return View("Form", model);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int updateId, int id, ItemFormModel model, string? submit, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: true, cancellationToken);
        var item = update?.Items.FirstOrDefault(i => i.Id == id);
        if (update is null)
        {
            return NotFound();
        }

        model.Id = id;
        Describe(model, update);
        if (item is null)
        {
            // Deleted by someone else since the form was opened: offer the editor's text back.
            model.Conflict = new ConflictModel { Deleted = true, SavedBy = "another editor" };
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await FormAsync(model, false, cancellationToken);
        }

        var published = update.IsPublished();
        RequireCorrectionNote(model, update);

        if (published && model.Section != item.Section)
        {
            ModelState.AddModelError(nameof(model.Section), "A published item stays in its section.");
        }

        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid || submit == "preview")
        {
            return await FormAsync(model, submit == "preview", cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Entry(item).Property(i => i.Version).OriginalValue = model.Version;
        if (published)
        {
            Corrections.Record(update, model.CorrectionNote!, model.CorrectionKind, Actor, now);
        }

        if (model.Section != item.Section)
        {
            item.Position = update.Items.Where(i => i.Section == model.Section).Select(i => i.Position + 1).DefaultIfEmpty(0).Max();
        }

        model.CopyTo(item);
        var notes = await AddPublicationInPlaceAsync(model, item, cancellationToken);
        notes.AddRange(await SaveDocumentsAsync(model, item, cancellationToken));
        var (action, summary) = published
            ? Corrections.AuditNote(model.CorrectionKind, $"Item “{item.Title}” of {update.Title}", model.CorrectionNote!)
            : ("Updated", $"Item “{item.Title}” of {update.Title} saved");
        notes.Add(ChangeNote.Of(action, nameof(UpdateItem), update.Number, summary));
        var outcome = await changes.SavePartAsync(update, notes, Actor, cancellationToken);
        switch (outcome)
        {
            case SaveOutcome.Conflict:
                return await ConflictAsync(updateId, id, model, cancellationToken);
            case SaveOutcome.Duplicate or SaveOutcome.Busy:
                return await NotSavedAsync(model, outcome, cancellationToken);
        }

        Status(!published ? $"“{item.Title}” saved."
            : model.CorrectionKind == CorrectionKind.Minor ? $"Minor correction to “{item.Title}” published (recorded in the audit trail only)."
            : $"Correction to “{item.Title}” published with its note.");
        return ToUpdate(updateId, EditSections.Item(id));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int updateId, int id, int version, CancellationToken cancellationToken)
    {
        var update = await db.Updates.Include(u => u.Items).FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        if (update is null)
        {
            return NotFound();
        }

        var item = update.Items.FirstOrDefault(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (update.IsPublished())
        {
            return NotEditable(updateId);
        }

        // Removing is checked against the item's version on the page: an item someone edited since is kept.
        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        db.UpdateItems.Remove(item);
        var note = ChangeNote.Of("Deleted", nameof(UpdateItem), update.Number, $"Item “{item.Title}” removed from {update.Title}");
        switch (await changes.SavePartAsync(update, note, Actor, cancellationToken))
        {
            case SaveOutcome.Busy:
                Refused(BusyDatabase.Message);
                return ToUpdate(updateId);
            case not SaveOutcome.Saved:
                Refused($"“{item.Title}” was changed by someone else after you opened the page, so it was not removed. Check it, then try again.");
                return ToUpdate(updateId);
        }

        Status($"“{item.Title}” removed.");
        return ToUpdate(updateId, EditSections.Items(item.Section));
    }

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int updateId, int id, string direction, CancellationToken cancellationToken)
    {
        // A move is applied to the order as it is now, so losing a race is retried once on the fresh order.
        for (var attempt = 1; ; attempt++)
        {
            var update = await db.Updates.Include(u => u.Items).FirstOrDefaultAsync(u => u.Id == updateId, cancellationToken);
            if (update is null)
            {
                return NotFound();
            }

            var item = update.Items.FirstOrDefault(i => i.Id == id);
            if (item is null)
            {
                Refused("That item has been removed.");
                return ToUpdate(updateId);
            }

            if (update.IsPublished())
            {
                return NotEditable(updateId);
            }

            var siblings = update.Items.Where(i => i.Section == item.Section).OrderBy(i => i.Position).ThenBy(i => i.Id).ToList();
            var index = siblings.IndexOf(item);
            var target = direction == "up" ? index - 1 : index + 1;
            if (target < 0 || target >= siblings.Count)
            {
                return ToUpdate(updateId, EditSections.Item(id));
            }

            (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Position = i;
            }

            var note = ChangeNote.Of("Reordered", nameof(UpdateItem), update.Number, $"Item “{item.Title}” moved {direction} in {update.Title}");
            switch (await changes.SavePartAsync(update, note, Actor, cancellationToken))
            {
                case SaveOutcome.Saved:
                    return ToUpdate(updateId, EditSections.Item(id));
                case SaveOutcome.Busy:
                    Refused(BusyDatabase.Message);
                    return ToUpdate(updateId);
                case var _ when attempt > 1:
                    Refused($"“{item.Title}” was changed by someone else just now, so it was not moved. Check it, then try again.");
                    return ToUpdate(updateId);
            }
        }
    }

    private RedirectToActionResult NotEditable(int updateId)
    {
        Refused("This update is published: its items can only be corrected. To add, remove or reorder items, return it to draft first.");
        return ToUpdate(updateId);
    }

    private RedirectToActionResult ToUpdate(int updateId, string? fragment = null) =>
        RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id = updateId }, fragment);

    /// <summary>The save lost a race: the update changed meanwhile, or someone took the publication's name.
    /// The form comes back with the editor's text, to save again.</summary>
    private async Task<IActionResult> RefreshDocumentsVersionThenFormAsync(ItemFormModel model, CancellationToken cancellationToken)
    {
        // The editor has been told the save lost a race; saving again applies their rows to the library as it is now.
        if (model.DocumentsFor is { } pid)
        {
            model.DocumentsVersion = await db.Publications.Where(p => p.Id == pid).Select(p => p.Version).FirstOrDefaultAsync(cancellationToken);
            ModelState.Remove(nameof(model.DocumentsVersion));
        }

        return await FormAsync(model, false, cancellationToken);
    }

    private Task<IActionResult> NotSavedAsync(ItemFormModel model, SaveOutcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(nameof(model.Title), outcome switch
        {
            SaveOutcome.Conflict => "Someone changed this update while you were writing, so nothing was saved. Save again to add your item.",
            SaveOutcome.Busy => BusyDatabase.Message,
            _ => "Someone else saved something with the same name just now, so nothing was saved. Save again to retry.",
        });
        if (outcome == SaveOutcome.Busy)
        {
            BusyDatabase.Mark(Response);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return RefreshDocumentsVersionThenFormAsync(model, cancellationToken);
    }

    private void RequireCorrectionNote(ItemFormModel model, Update update)
    {
        if (update.IsPublished() && string.IsNullOrWhiteSpace(model.CorrectionNote))
        {
            ModelState.AddModelError(nameof(model.CorrectionNote), CorrectionNoteMissing);
        }
    }

    internal const string CorrectionNoteMissing = "Say in a few words what you corrected (readers see the note of a major correction).";

    private static void Describe(ItemFormModel model, Update update)
    {
        model.UpdateId = update.Id;
        model.UpdateNumber = update.Number;
        model.IssueDate = update.IssueDate;
        model.Layout = update.Layout;
        model.UpdateIsPublished = update.IsPublished();
    }

    private async Task ValidateAsync(ItemFormModel model, CancellationToken cancellationToken)
    {
        if (model.ActionDeadline is { } deadline)
        {
            if (string.IsNullOrWhiteSpace(model.ActionRequired))
            {
                ModelState.AddModelError(nameof(model.ActionDeadline), "Write the action this deadline is for, or clear the deadline.");
            }
            else if (deadline < model.IssueDate)
            {
                ModelState.AddModelError(nameof(model.ActionDeadline),
                    $"The deadline must be on or after the update's issue date, {Dates.WithWeekday(model.IssueDate)}. Enter a later date, or clear it if the action has no deadline.");
            }
        }

        await ValidateDocumentsAsync(model, cancellationToken);
        if (model.PublicationId is { } pid && !await db.Publications.AnyAsync(p => p.Id == pid, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.PublicationId), "That publication is no longer in the library. Choose another or add it below.");
        }

        if (!model.NewPublication.IsEmpty)
        {
            if (string.IsNullOrWhiteSpace(model.NewPublication.Title))
            {
                ModelState.AddModelError("NewPublication.Title", "Enter the new publication's title, or clear the new publication fields.");
            }

            if (model.PublicationId is not null)
            {
                ModelState.AddModelError("NewPublication.Title", "Choose a publication from the library or add a new one, not both.");
            }
        }
    }

    /// <summary>Adds the publication typed on the item's form to the library and links the item to it; it is
    /// saved with the item, so the editor's text is kept if the item cannot be saved.</summary>
    private async Task<List<ChangeNote>> AddPublicationInPlaceAsync(ItemFormModel model, UpdateItem item, CancellationToken cancellationToken)
    {
        if (model.NewPublication.IsEmpty)
        {
            return [];
        }

        var form = model.NewPublication;
        var publisherName = form.Publisher?.Trim() ?? "";
        var organisation = publisherName.Length == 0 ? null
            : await db.Organisations.FirstOrDefaultAsync(o => o.Name == publisherName, cancellationToken);
        var publication = new Publication
        {
            Title = form.Title!.Trim(),
            Slug = await Slug.UniqueAsync(db.Publications.Select(p => p.Slug), form.Title!, cancellationToken),
            PublisherText = publisherName,
            Publisher = organisation,
            PublishedOn = form.PublishedOn,
            Url = string.IsNullOrWhiteSpace(form.Url) ? null : form.Url.Trim(),
        };
        db.Publications.Add(publication);
        item.Publication = publication;
        return [ChangeNote.Of("Created", nameof(Publication), publication.Slug, $"Publication “{publication.Title}” added to the library")];
    }

    private static string UniqueAnchor(Update update, string title, int? exceptId)
    {
        var taken = update.Items.Where(i => i.Id != exceptId || exceptId is null).Select(i => i.Anchor).ToHashSet(StringComparer.Ordinal);
        return Slug.Unique(title, taken.Contains);
    }

    private async Task<IActionResult> FormAsync(ItemFormModel model, bool showPreview, CancellationToken cancellationToken)
    {
        await FillChoicesAsync(model, cancellationToken);
        if (showPreview && ModelState.IsValid)
        {
            model.Preview = Previews.Item(model);
        }

        return View("Form", model);
    }

    private async Task FillChoicesAsync(ItemFormModel model, CancellationToken cancellationToken)
    {
        model.PublicationChoices = await db.Publications.AsNoTracking()
            .OrderByDescending(p => p.PublishedOn).ThenBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title))
            .ToListAsync(cancellationToken);
        DocumentRows.EndWithEmptyRow(model.Documents);
    }

    /// <summary>The rows belong to the publication the item reports once saved: the one chosen, or the one
    /// added on the form. Rows of a publication the item no longer reports are left as they are in the
    /// library, and a change typed into them is refused rather than dropped.</summary>
    private async Task ValidateDocumentsAsync(ItemFormModel model, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in DocumentRows.Check(model.Documents))
        {
            ModelState.AddModelError(field, message);
        }

        var target = model.NewPublication.IsEmpty ? model.PublicationId : null;
        var hasTarget = target is not null || !model.NewPublication.IsEmpty;
        for (var i = 0; i < model.Documents.Count; i++)
        {
            if (model.Documents[i] is { Id: 0 } row && !DocumentRows.IsEmpty(row) && !hasTarget)
            {
                ModelState.AddModelError($"Documents[{i}].Label", "Choose the publication this document belongs to above, or add the publication, or clear this row.");
            }
        }

        if (model.DocumentsFor is not { } shown || shown == target || !model.Documents.Any(d => d.Id != 0))
        {
            return;
        }

        var before = await db.Publications.AsNoTracking().Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == shown, cancellationToken);
        for (var i = 0; i < model.Documents.Count; i++)
        {
            var row = model.Documents[i];
            var document = before?.Documents.FirstOrDefault(d => d.Id == row.Id);
            if (row.Id != 0 && document is not null && (row.Remove || !SameAs(row, document)))
            {
                ModelState.AddModelError($"Documents[{i}].Label",
                    $"This document belongs to “{before!.Title}”, which the item no longer reports, so it cannot be changed here. Undo the change, or save the item and change the documents from the library.");
            }
        }

        static bool SameAs(DocumentField row, PublicationDocument d) =>
            (row.Label?.Trim() ?? "") == d.Label && Blank(row.Url) == d.Url && Blank(row.Format) == d.Format && row.Pages == d.Pages;

        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    /// <summary>Applies the document rows to the publication the item reports, in the item's save. A change
    /// made to that publication in the library since the form was filled is a conflict, as for the item.</summary>
    private async Task<List<ChangeNote>> SaveDocumentsAsync(ItemFormModel model, UpdateItem item, CancellationToken cancellationToken)
    {
        var publication = item.Publication is { Id: 0 } added ? added
            : item.PublicationId is { } pid ? await db.Publications.Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == pid, cancellationToken)
            : null;
        if (publication is null || !DocumentRows.CopyTo(model.Documents, publication))
        {
            return [];
        }

        if (publication.Id == 0)
        {
            return [];
        }

        var entry = db.Entry(publication);
        entry.State = EntityState.Modified;
        if (publication.Id == model.DocumentsFor)
        {
            entry.Property(p => p.Version).OriginalValue = model.DocumentsVersion;
        }

        return [ChangeNote.Of("Updated", nameof(Publication), publication.Slug, $"Documents of “{publication.Title}” changed with item “{item.Title}”")];
    }

    private async Task<IActionResult> ConflictAsync(int updateId, int id, ItemFormModel mine, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.UpdateItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.UpdateId == updateId, cancellationToken);
        var number = await db.Updates.Where(u => u.Id == updateId).Select(u => u.Number).FirstAsync(cancellationToken);
        var documents = mine.DocumentsFor is { } shown
            ? await db.PublicationDocuments.AsNoTracking().Where(d => d.PublicationId == shown).OrderBy(d => d.Position).ToListAsync(cancellationToken)
            : [];
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(UpdateItem) && a.EntityId == number.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            mine.Conflict = new ConflictModel { Deleted = true, SavedBy = last?.UserName ?? "another editor", SavedAtUtc = last?.AtUtc };
        }
        else
        {
            mine.Conflict = ConflictModel.Compare(
                [
                    ("Title", mine.Title, current.Title),
                    ("Text", mine.Body, current.Body),
                    ("Headlines", mine.Headlines, current.Headlines),
                    ("Action required", mine.ActionRequired, current.ActionRequired),
                    ("Deadline for the action", mine.ActionDeadline is { } a ? Dates.DayMonthYear(a) : null, current.ActionDeadline is { } b ? Dates.DayMonthYear(b) : null),
                    ("Remind until", mine.RemindUntil?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), current.RemindUntil?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)),
                    ("Documents", DescribeDocuments(mine.Documents.Where(d => !d.Remove && !string.IsNullOrWhiteSpace(d.Label)).Select(d => (d.Label!.Trim(), d.Url?.Trim()))),
                        DescribeDocuments(documents.Select(d => (d.Label, d.Url)))),
                ],
                last?.UserName ?? "another editor",
                last?.AtUtc);
            mine.Version = current.Version;
            ModelState.Remove(nameof(mine.Version));
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return await RefreshDocumentsVersionThenFormAsync(mine, cancellationToken);

        static string DescribeDocuments(IEnumerable<(string Label, string? Url)> documents) =>
            string.Join("; ", documents.Select(d => d.Url is null ? d.Label : $"{d.Label} ({d.Url})"));
    }
}
