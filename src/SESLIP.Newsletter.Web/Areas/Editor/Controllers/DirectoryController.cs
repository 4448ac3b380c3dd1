using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>
/// What every directory record's pages share: editing, with both versions side by side when someone saved first,
/// and deleting, refused while the record is in use and checked against the version the editor saw. Each change
/// is one save through <see cref="EditorialChanges"/>, which writes its audit entry and refreshes the public pages.
/// A record type says only what differs: its query, how the form fills it, what a conflict compares and its words.
/// </summary>
public abstract class DirectoryController<TEntity, TForm>(NewsletterDbContext db, EditorialChanges changes) : EditorController
    where TEntity : class, IVersioned
    where TForm : class, IDirectoryForm
{
    protected NewsletterDbContext Db { get; } = db;

    /// <summary>How messages name one record, for example "organisation".</summary>
    protected abstract string Noun { get; }

    /// <summary>The records, with what their form, messages and usage check read loaded.</summary>
    protected abstract IQueryable<TEntity> Records { get; }

    protected abstract TForm ToForm(TEntity entity);

    protected abstract void CopyTo(TForm form, TEntity entity);

    /// <summary>How the record reads in messages and the audit trail: its name or title.</summary>
    protected abstract string Describe(TEntity entity);

    /// <summary>What the conflict page compares: the editor's form (filled with its choices) against the saved record.</summary>
    protected abstract IEnumerable<(string Label, string? Mine, string? Theirs)> ConflictFields(TForm form, TEntity current);

    protected abstract Task<DeleteModel> UsageAsync(TEntity entity, CancellationToken cancellationToken);

    /// <summary>Where the editor lands when the record they were on is gone.</summary>
    protected abstract IActionResult ToList();

    /// <summary>The choices the form offers (lists of organisations, contacts...).</summary>
    protected virtual Task<TForm> FillAsync(TForm form, CancellationToken cancellationToken) => Task.FromResult(form);

    /// <summary>Checks that need the database, added to the model state.</summary>
    protected virtual Task CheckAsync(TForm form, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Gives the posted form what it does not post itself, from the record it edits.</summary>
    protected virtual void Prepare(TForm form, TEntity entity)
    {
    }

    /// <summary>Lines of drafts that only offered the record as a choice go with it.</summary>
    protected virtual Task ReleaseAsync(TEntity entity, int id, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A unique index refused the save: someone took the name meanwhile.</summary>
    protected virtual void Duplicate(TForm form) =>
        ModelState.AddModelError("", $"Someone else has just added a {Noun} like this one. Check the list, then save again.");

    /// <summary>The audit trail's line; <paramref name="before"/> is how the record read before the change.</summary>
    protected virtual string Summary(string action, TEntity entity, string before) =>
        $"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} “{Describe(entity)}” {Verb(action)}";

    /// <summary>What the editor is told once the change is saved.</summary>
    protected virtual string Done(string action, TEntity entity) => $"“{Describe(entity)}” {Verb(action)}.";

    /// <summary>Where the editor goes once the change is saved.</summary>
    protected virtual IActionResult After(string action, TEntity entity) => ToList();

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var entity = await Records.AsNoTracking().FirstOrDefaultAsync(ById(id), cancellationToken);
        return entity is null ? NotFound() : View("Form", await FillAsync(ToForm(entity), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, TForm form, CancellationToken cancellationToken)
    {
        var entity = await Records.FirstOrDefaultAsync(ById(id), cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }

        form.Id = id;
        Prepare(form, entity);
        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        Db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = form.Version;
        var before = Describe(entity);
        CopyTo(form, entity);
        var note = ChangeNote.Of("Updated", typeof(TEntity).Name, id, Summary("Updated", entity, before));
        return await changes.SaveAsync(note, Actor, cancellationToken) switch
        {
            SaveOutcome.Saved => Saved("Updated", entity),
            SaveOutcome.Conflict => await ConflictAsync(id, form, cancellationToken),
            _ => await RefusedAsync(form, cancellationToken),
        };
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var entity = await Records.AsNoTracking().FirstOrDefaultAsync(ById(id), cancellationToken);
        return entity is null ? NotFound() : View("Delete", await UsageAsync(entity, cancellationToken));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        var entity = await Records.FirstOrDefaultAsync(ById(id), cancellationToken);
        if (entity is null)
        {
            return NotFound();
        }

        var use = await UsageAsync(entity, cancellationToken);
        if (!use.CanDelete)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Delete", use);
        }

        await ReleaseAsync(entity, id, cancellationToken);
        Db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        Db.Remove(entity);
        var description = Describe(entity);
        var note = ChangeNote.Of("Deleted", typeof(TEntity).Name, id, Summary("Deleted", entity, description));
        if (await changes.SaveAsync(note, Actor, cancellationToken) != SaveOutcome.Saved)
        {
            Refused($"Someone changed this {Noun} after you opened the page, so it was not deleted. Check it, then try again.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        return Saved("Deleted", entity);
    }

    /// <summary>Adds a record made by <paramref name="create"/> (which gives it what it gets once, such as its
    /// slug) and filled from the form, with its audit entry in the same save.</summary>
    protected async Task<IActionResult> CreateAsync(TForm form, Func<CancellationToken, Task<TEntity>> create, CancellationToken cancellationToken)
    {
        await CheckAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Form", await FillAsync(form, cancellationToken));
        }

        var entity = await create(cancellationToken);
        Db.Add(entity);
        CopyTo(form, entity);
        var description = Describe(entity);
        var note = new ChangeNote("Created", typeof(TEntity).Name, () => Db.Entry(entity).Property("Id").CurrentValue, Summary("Created", entity, description));
        return await changes.SaveAsync(note, Actor, cancellationToken) == SaveOutcome.Saved
            ? Saved("Created", entity)
            : await RefusedAsync(form, cancellationToken);
    }

    /// <summary>Saves a change made to a record outside its form (cancelling a meeting, say); a stale version
    /// sends the editor back to the record with nothing done.</summary>
    protected async Task<IActionResult> ChangeAsync(string action, TEntity entity, int id, int version, CancellationToken cancellationToken)
    {
        Db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        var note = ChangeNote.Of(action, typeof(TEntity).Name, id, Summary(action, entity, Describe(entity)));
        if (await changes.SaveAsync(note, Actor, cancellationToken) != SaveOutcome.Saved)
        {
            Refused($"Someone changed this {Noun} after you opened the page, so nothing was done. Check it, then try again.");
            return EditAgain(id);
        }

        return Saved(action, entity);
    }

    /// <summary>Where a refused change leads: the record's form, to check it and try again.</summary>
    protected virtual IActionResult EditAgain(int id) => RedirectToAction(nameof(Edit), new { id });

    private IActionResult Saved(string action, TEntity entity)
    {
        Status(Done(action, entity));
        return After(action, entity);
    }

    private async Task<IActionResult> RefusedAsync(TForm form, CancellationToken cancellationToken)
    {
        Duplicate(form);
        return View("Form", await FillAsync(form, cancellationToken));
    }

    /// <summary>The editor's text stays in the form, beside what the other editor saved, with the newer version.</summary>
    private async Task<IActionResult> ConflictAsync(int id, TForm form, CancellationToken cancellationToken)
    {
        var current = await Records.AsNoTracking().FirstOrDefaultAsync(ById(id), cancellationToken);
        if (current is null)
        {
            Refused($"Someone deleted this {Noun} while you were editing it.");
            return ToList();
        }

        // Filled first, so that the comparison can name the choices the form offers.
        form = await FillAsync(form, cancellationToken);
        form.Conflict = await CompareAsync(Db, typeof(TEntity).Name, id.ToString(CultureInfo.InvariantCulture),
            ConflictFields(form, current), cancellationToken);
        form.Version = current.Version;
        ModelState.Remove(nameof(form.Version));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Form", form);
    }

    private static System.Linq.Expressions.Expression<Func<TEntity, bool>> ById(int id) => e => EF.Property<int>(e, "Id") == id;

    /// <summary>The text of the choice with <paramref name="id"/>, as the form offers it.</summary>
    protected static string? Chosen(IEnumerable<Choice> choices, int? id) => choices.FirstOrDefault(c => c.Id == id)?.Text;

    /// <summary>How messages put an audit action: "Created" reads "added".</summary>
    protected static string Verb(string action) => action switch
    {
        "Created" => "added",
        "Updated" => "saved",
        _ => action.ToLowerInvariant(),
    };
}
