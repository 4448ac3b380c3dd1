using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>Writes an update's outbox rows, one per confirmed subscriber, on the caller's context and inside the
/// caller's transaction: the editor's "Send to subscribers" and a publish the editor asked to send both use it,
/// so the rows and the change that caused them commit together or not at all.</summary>
public sealed class OutboxWriter(NewsletterDbContext db, EmailOptions email, OutboxSignal signal, TimeProvider time)
{
    /// <summary>The round the next send of the update would be: 1 if it has never been sent.</summary>
    public async Task<int> NextRoundAsync(int updateId, CancellationToken cancellationToken) =>
        (await db.OutboxMessages.Where(m => m.UpdateId == updateId).MaxAsync(m => (int?)m.Round, cancellationToken) ?? 0) + 1;

    /// <summary>Adds and saves the rows; the caller owns the transaction. Clears the change tracker as it goes,
    /// so anything else the caller changed must be saved first.</summary>
    public async Task<int> AddAsync(int updateId, int number, int round, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var count = 0;
        // Paged so a long list never sits in memory at once; the caller's transaction makes the whole send one step.
        var lastId = 0;
        while (true)
        {
            var page = await db.Subscribers.AsNoTracking()
                .Where(s => s.Status == SubscriberStatus.Confirmed && s.Id > lastId)
                .OrderBy(s => s.Id).Take(1000).Select(s => new { s.Id, s.Email }).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                return count;
            }

            db.OutboxMessages.AddRange(page.Select(s => new OutboxMessage
            {
                UpdateId = updateId,
                Round = round,
                SubscriberId = s.Id,
                Email = s.Email,
                MessageId = UpdateMessage.MessageIdFor(number, s.Id, round, email.FromAddress),
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += page.Count;
            lastId = page[^1].Id;
        }
    }

    /// <summary>Tells the background sender there is work, once the rows are committed.</summary>
    public void Wake() => signal.Wake();
}
