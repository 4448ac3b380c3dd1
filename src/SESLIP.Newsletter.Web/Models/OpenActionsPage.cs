using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

/// <summary>/actions and /actions.atom: the "Action required" of published items still open, soonest deadline
/// first, then the actions without a deadline from the newest updates (docs/adr/0037-open-actions.md).</summary>
public sealed class OpenActionsPage
{
    /// <summary>The most rows the page shows, whatever the archive holds.</summary>
    public const int MaxRows = 200;

    /// <summary>How many of the newest published updates the actions without a deadline come from.</summary>
    public const int UndatedFromNewest = 4;

    public DateOnly Today { get; init; }

    /// <summary>Actions with a deadline of today or later, soonest first.</summary>
    public List<OpenAction> Dated { get; init; } = [];

    /// <summary>News items of the newest updates whose action has no deadline, newest update first.</summary>
    public List<OpenAction> Undated { get; init; } = [];

    public bool IsEmpty => Dated.Count == 0 && Undated.Count == 0;

    /// <summary>Two SQL commands however long the archive: the dated actions (by the deadline index) and the
    /// undated ones of the newest updates. A carried-forward reminder repeats an action already listed from
    /// the item it was copied from, so only originals count.</summary>
    public static async Task<OpenActionsPage> LoadAsync(IQueryable<UpdateItem> items, IQueryable<Update> published, DateOnly today, CancellationToken cancellationToken)
    {
        var open = items.AsNoTracking().InPublishedUpdates()
            .Where(i => i.ActionRequired != "" && i.CarriedFromItemId == null);

        var dated = await Project(open.Where(i => i.ActionDeadline != null && i.ActionDeadline >= today)
                .OrderBy(i => i.ActionDeadline).ThenBy(i => i.Update!.Number).ThenBy(i => i.Section).ThenBy(i => i.Position).ThenBy(i => i.Id)
                .Take(MaxRows))
            .ToListAsync(cancellationToken);

        var newest = published.OrderByDescending(u => u.Number).Take(UndatedFromNewest).Select(u => u.Id);
        var undated = dated.Count >= MaxRows ? [] : await Project(open
                .Where(i => i.ActionDeadline == null && i.Section == ItemSection.News && newest.Contains(i.UpdateId))
                .OrderByDescending(i => i.Update!.Number).ThenBy(i => i.Position).ThenBy(i => i.Id)
                .Take(MaxRows - dated.Count))
            .ToListAsync(cancellationToken);

        return new OpenActionsPage { Today = today, Dated = dated, Undated = undated };
    }

    private static IQueryable<OpenAction> Project(IQueryable<UpdateItem> items) => items.Select(i => new OpenAction
    {
        Title = i.Title,
        Anchor = i.Anchor,
        ActionRequired = i.ActionRequired,
        Deadline = i.ActionDeadline,
        UpdateNumber = i.Update!.Number,
        IssueDate = i.Update.IssueDate,
        PublishedAtUtc = i.Update.PublishedAtUtc,
        LastCorrectedAtUtc = i.Update.Corrections.Max(c => (DateTime?)c.CorrectedAtUtc),
    });
}
