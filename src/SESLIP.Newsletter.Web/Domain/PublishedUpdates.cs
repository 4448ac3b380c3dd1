using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models;

public static class PublishedUpdates
{
    /// <summary>The only updates readers may see: drafts and scheduled updates are not public, whatever their number.</summary>
    public static IQueryable<Update> Published(this IQueryable<Update> updates) =>
        updates.Where(u => u.Status == UpdateStatus.Published);
}
