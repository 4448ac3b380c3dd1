using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>
/// A published update's body rendered once and kept (docs/adr/0038-stored-editions.md). The update page asks for it
/// with one SQL command that also reads what the body was rendered from; when that differs from what is stored (a
/// correction, another build of the views, a changed directory address, a corrected previous update) or nothing is
/// stored yet, the body is rendered again through the same partial the editor's preview uses and stored in place of
/// the old. Nothing needs to render it at publishing: the first read does, and the page warmer makes that read.
/// </summary>
public sealed partial class StoredEditions(NewsletterDbContext db, ViewRenderer views, TimeProvider time, ILogger<StoredEditions> logger)
{
    /// <summary>The partial that renders the body, here and inside <c>_Update.cshtml</c>.</summary>
    public const string BodyView = "/Views/Shared/_UpdateBody.cshtml";

    /// <summary>The build of the site's views and code: the compiled assembly's module version id, which a
    /// deterministic build changes exactly when the assembly's content (its views and code, or the versions of the
    /// libraries it references) changes. A new build renders each stored edition again on its first read; nobody has
    /// to remember to bump a number when a partial changes.</summary>
    public static string TemplateVersion { get; } = typeof(StoredEditions).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The directory records whose addresses or documents a stored body shows; a change to any of them
    /// makes every stored body out of date (<see cref="DirectoryChangedAsync"/>). The edition's text never comes
    /// from them (docs/adr/0002-frozen-editions.md).</summary>
    public static bool Shows(Type entityType) => entityType.Name is nameof(Network) or nameof(Contact) or nameof(Publication) or nameof(PublicationDocument);

    /// <summary>Counts a change to the directory records a stored body links to; called by
    /// <see cref="EditorialChanges"/> inside the change's own transaction.</summary>
    public static Task DirectoryChangedAsync(NewsletterDbContext db, CancellationToken cancellationToken) =>
        db.DirectoryVersions.Where(d => d.Id == DirectoryVersion.RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Value, d => d.Value + 1), cancellationToken);

    /// <summary>Published update <paramref name="number"/> for its page: the header's facts, the previous and next
    /// numbers and the stored body (<see cref="UpdatePage.RenderedBody"/>); null when no such update is published.</summary>
    public async Task<UpdatePage?> PageAsync(int number, CancellationToken cancellationToken)
    {
        // One command, compiled once: the update, its neighbours, the directory's version and the stored copy, read
        // before any rendering, so a change committed while rendering leaves a basis that no longer matches.
        var row = await PageRowQuery(db, number, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var basis = string.Create(CultureInfo.InvariantCulture,
            $"{row.Version}:{row.UpdatedAtUtc.Ticks}:{row.PreviousNumber}:{row.PreviousChanged?.Ticks}:{row.Directory}");
        var html = row.Html is not null && row.StoredTemplate == TemplateVersion && row.StoredBasis == basis
            ? row.Html
            : await RenderAndStoreAsync(row.Id, basis, stored: row.Html is not null, cancellationToken);
        return html is null
            ? null
            : new UpdatePage
            {
                Number = row.Number,
                IssueDate = row.IssueDate,
                UpdatedAtUtc = row.UpdatedAtUtc,
                PreviousNumber = row.PreviousNumber,
                NextNumber = row.NextNumber,
                RenderedBody = html,
            };
    }

    /// <summary>The update page's one query, compiled once rather than translated on every read: the page is
    /// asked for on every render after each change, and translating this query cost more than running it.</summary>
    private static readonly Func<NewsletterDbContext, int, CancellationToken, Task<PageRow?>> PageRowQuery =
        EF.CompileAsyncQuery((NewsletterDbContext db, int number, CancellationToken _) => (
            from u in db.Updates.Where(PublishedUpdates.IsPublic).Where(u => u.Number == number)
            join s in db.StoredEditions on u.Id equals s.UpdateId into stored
            from s in stored.DefaultIfEmpty()
            select new PageRow
            {
                Id = u.Id,
                Number = u.Number,
                IssueDate = u.IssueDate,
                Version = u.Version,
                UpdatedAtUtc = u.UpdatedAtUtc,
                PreviousNumber = db.Updates.Where(PublishedUpdates.IsPublic).Where(p => p.Number < u.Number).Max(p => (int?)p.Number),
                PreviousChanged = db.Updates.Where(PublishedUpdates.IsPublic).Where(p => p.Number < u.Number).OrderByDescending(p => p.Number)
                    .Select(p => (DateTime?)p.UpdatedAtUtc).FirstOrDefault(),
                NextNumber = db.Updates.Where(PublishedUpdates.IsPublic).Where(p => p.Number > u.Number).Min(p => (int?)p.Number),
                Directory = db.DirectoryVersions.Where(d => d.Id == DirectoryVersion.RowId).Select(d => (long?)d.Value).FirstOrDefault(),
                Html = s == null ? null : s.Html,
                StoredTemplate = s == null ? null : s.TemplateVersion,
                StoredBasis = s == null ? null : s.Basis,
            }).AsNoTracking().SingleOrDefault());

    private async Task<string?> RenderAndStoreAsync(int updateId, string basis, bool stored, CancellationToken cancellationToken)
    {
        var published = db.Updates.Published();
        var page = await UpdatePage.Query(published.Where(u => u.Id == updateId), published).SingleOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return null;
        }

        await page.LoadMeetingsBeforeAsync(published, cancellationToken);
        await page.LoadPublicationLinksAsync(db.Publications, cancellationToken);
        var html = await views.RenderAsync(BodyView, page);
        try
        {
            await StoreAsync(updateId, html, basis, stored, cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException || EditorialChanges.IsBusy(exception))
        {
            // The reader still gets the page; the next read renders and tries again. Two first readers at once
            // both insert: one wins, and its copy is the same.
            db.ChangeTracker.Clear();
            NotStored(logger, exception, page.Number);
        }

        return html;
    }

    private async Task StoreAsync(int updateId, string html, string basis, bool stored, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (stored && await db.StoredEditions.Where(s => s.UpdateId == updateId).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Html, html)
                .SetProperty(e => e.TemplateVersion, TemplateVersion)
                .SetProperty(e => e.Basis, basis)
                .SetProperty(e => e.RenderedAtUtc, now), cancellationToken) > 0)
        {
            return;
        }

        var entry = db.StoredEditions.Add(new StoredEdition { UpdateId = updateId, Html = html, TemplateVersion = TemplateVersion, Basis = basis, RenderedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        entry.State = EntityState.Detached;
    }

    private sealed record PageRow
    {
        public int Id { get; init; }
        public int Number { get; init; }
        public DateOnly IssueDate { get; init; }
        public int Version { get; init; }
        public DateTime UpdatedAtUtc { get; init; }
        public int? PreviousNumber { get; init; }
        public DateTime? PreviousChanged { get; init; }
        public int? NextNumber { get; init; }
        public long? Directory { get; init; }
        public string? Html { get; init; }
        public string? StoredTemplate { get; init; }
        public string? StoredBasis { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update no {Number} was rendered but not stored; the next read renders it again")]
    private static partial void NotStored(ILogger logger, Exception exception, int number);
}
