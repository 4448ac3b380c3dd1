using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.PreviewLinks;

/// <summary>An update as its public page would show it, built from the directory as it is now: what the editor's
/// preview and a preview link both show, so the two (and the published page) cannot differ.</summary>
public sealed class DraftPreview(NewsletterDbContext db, EditionBuilder editions)
{
    public async Task<UpdatePage?> LoadAsync(int updateId, CancellationToken cancellationToken)
    {
        var update = await editions.LoadAsync(updateId, tracking: false, cancellationToken);
        return update is null ? null : await PageAsync(update, cancellationToken);
    }

    /// <summary>The page of an update already loaded (untracked) by <see cref="EditionBuilder.LoadAsync"/>.</summary>
    public async Task<UpdatePage> PageAsync(Update update, CancellationToken cancellationToken)
    {
        if (!update.IsPublished())
        {
            await editions.RefreshAsync(update, cancellationToken);
        }

        var others = db.Updates.Published().Where(u => u.Id != update.Id);
        var page = UpdatePage.Query(new[] { update }.AsQueryable(), others).Single();
        await page.LoadMeetingsBeforeAsync(others, cancellationToken);
        await page.LoadPublicationLinksAsync(db.Publications, cancellationToken);
        return page;
    }
}
