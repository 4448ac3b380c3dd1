using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Security;

/// <summary>Adds "who changed what, when" to the context, so the entry is saved in the same
/// transaction as the change it records (never a change without its entry, nor the reverse).</summary>
public sealed class AuditTrail(NewsletterDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public void Record(string action, string entityType, object? entityId, string summary, string? userName = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = Truncate(userName ?? http.HttpContext?.User.Identity?.Name ?? "system", Limits.Email),
            Action = Truncate(action, 60),
            EntityType = Truncate(entityType, 60),
            EntityId = Truncate(entityId?.ToString() ?? "", 60),
            Summary = Truncate(summary, Limits.Line),
        });
    }

    /// <summary>Records and saves at once, for events that change nothing else (sign-in, failures).</summary>
    public async Task RecordNowAsync(string action, string entityType, object? entityId, string summary, string? userName = null)
    {
        Record(action, entityType, entityId, summary, userName);
        await db.SaveChangesAsync();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
