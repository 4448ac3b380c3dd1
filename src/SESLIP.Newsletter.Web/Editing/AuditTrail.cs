using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Editing;

/// <summary>Adds "who changed what, when" to the context. Only <see cref="EditorialChanges"/> calls it, inside the
/// transaction of the change it records, so there is never a change without its entry, nor the reverse.</summary>
public sealed class AuditTrail(NewsletterDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public string CurrentUser => http.HttpContext?.User.Identity?.Name ?? "system";

    internal void Add(ChangeNote note, string? userName)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = Truncate(userName ?? CurrentUser, Limits.Email),
            Action = Truncate(note.Action, 60),
            EntityType = Truncate(note.EntityType, 60),
            EntityId = Truncate(Convert.ToString(note.EntityId(), System.Globalization.CultureInfo.InvariantCulture) ?? "", 60),
            Summary = Truncate(note.Summary, Limits.Line),
        });
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
