using Microsoft.AspNetCore.Mvc;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>A directory with a list page of its own (meetings are listed on their network's page instead):
/// the list with its search, and adding a record.</summary>
public abstract class DirectoryListController<TEntity, TForm>(NewsletterDbContext db, EditorialChanges changes)
    : DirectoryController<TEntity, TForm>(db, changes)
    where TEntity : class, IVersioned
    where TForm : class, IDirectoryForm, new()
{
    protected abstract string Title { get; }

    /// <summary>The list's rows, matching <paramref name="term"/> (trimmed) when there is one.</summary>
    protected abstract Task<List<DirectoryRow>> RowsAsync(string? term, CancellationToken cancellationToken);

    /// <summary>A new record with what it is given once, such as its slug.</summary>
    protected abstract Task<TEntity> NewAsync(TForm form, CancellationToken cancellationToken);

    protected override IActionResult ToList() => RedirectToAction(nameof(Index));

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), cancellationToken);
        return View("DirectoryList", new DirectoryListModel { Title = Title, Noun = Noun, Query = q, Rows = rows });
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Form", await FillAsync(new TForm(), cancellationToken));

    [HttpPost("new")]
    public Task<IActionResult> New(TForm form, CancellationToken cancellationToken) =>
        CreateAsync(form, ct => NewAsync(form, ct), cancellationToken);
}
