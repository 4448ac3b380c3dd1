using Microsoft.EntityFrameworkCore;
using MimeKit.Utils;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>The editor's sending actions. Queuing writes one outbox row per confirmed subscriber in one
/// transaction through <see cref="EditorialChanges"/>, with its audit entry; the background sender does the rest.</summary>
public sealed class UpdateSending(
    NewsletterDbContext db,
    EditorialChanges changes,
    UpdateEmailRenderer renderer,
    IEmailTransport transport,
    EmailOptions email,
    OutboxWriter outbox,
    TimeProvider time)
{
    public async Task<SendProgress?> ProgressAsync(int updateId, CancellationToken cancellationToken = default)
    {
        var update = await db.Updates.AsNoTracking().Where(u => u.Id == updateId)
            .Select(u => new { u.Id, u.Status, u.PublishedAtUtc }).SingleOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return null;
        }

        var counts = await db.OutboxMessages.AsNoTracking().Where(m => m.UpdateId == updateId)
            .GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rounds = await db.OutboxMessages.AsNoTracking().Where(m => m.UpdateId == updateId)
            .MaxAsync(m => (int?)m.Round, cancellationToken) ?? 0;
        int Count(OutboxStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        var published = await db.Updates.Published().AnyAsync(u => u.Id == updateId, cancellationToken);
        return new SendProgress(updateId, published, rounds, Count(OutboxStatus.Queued), Count(OutboxStatus.Sending),
            Count(OutboxStatus.Sent), Count(OutboxStatus.Failed), Count(OutboxStatus.Paused));
    }

    /// <summary>Queues the update for every confirmed subscriber. A second send of the same update needs
    /// <paramref name="confirmed"/>; only a published update is sent.</summary>
    public async Task<(SendOutcome Outcome, int Count)> SendAsync(int updateId, bool confirmed, string? userName, CancellationToken cancellationToken = default)
    {
        var update = await db.Updates.Published().AsNoTracking().Where(u => u.Id == updateId)
            .Select(u => new { u.Id, u.Number }).SingleOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return (SendOutcome.NotPublished, 0);
        }

        var round = await outbox.NextRoundAsync(updateId, cancellationToken);
        if (round > 1 && !confirmed)
        {
            return (SendOutcome.NeedsConfirmation, 0);
        }

        var count = 0;
        var outcome = await changes.ExecuteAsync(async ct => count = await outbox.AddAsync(update.Id, update.Number, round, ct),
            [ChangeNote.Of("Sent", nameof(Update), update.Id, $"Update no {update.Number} queued for subscribers (send {round})")], userName, cancellationToken);

        if (outcome != SaveOutcome.Saved)
        {
            // Another send of the same update committed first (or the database was busy): nothing was queued.
            return (outcome == SaveOutcome.Busy ? SendOutcome.Busy : SendOutcome.NeedsConfirmation, 0);
        }

        outbox.Wake();
        return (count == 0 ? SendOutcome.NoSubscribers : SendOutcome.Queued, count);
    }

    public Task<SaveOutcome> PauseAsync(int updateId, string? userName, CancellationToken cancellationToken = default) =>
        Move(updateId, OutboxStatus.Queued, OutboxStatus.Paused, "Paused sending", userName, cancellationToken);

    public async Task<SaveOutcome> ResumeAsync(int updateId, string? userName, CancellationToken cancellationToken = default)
    {
        var outcome = await Move(updateId, OutboxStatus.Paused, OutboxStatus.Queued, "Resumed sending", userName, cancellationToken);
        outbox.Wake();
        return outcome;
    }

    /// <summary>Sends the update straight away to one address (the signed-in editor's), outside the outbox: it
    /// is a preview, not a delivery to record. Works for drafts too.</summary>
    public async Task<string?> SendTestAsync(int updateId, string to, CancellationToken cancellationToken = default)
    {
        var content = await renderer.RenderByIdAsync(updateId, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var message = UpdateMessage.Build(content with { Subject = "[Test] " + content.Subject }, to, MimeUtils.GenerateMessageId(), email, null, time.GetUtcNow());
        return await transport.SendAsync(message, cancellationToken);
    }

    private async Task<SaveOutcome> Move(int updateId, OutboxStatus from, OutboxStatus to, string action, string? userName, CancellationToken cancellationToken)
    {
        var number = await db.Updates.Where(u => u.Id == updateId).Select(u => u.Number).SingleAsync(cancellationToken);
        return await changes.ExecuteAsync(
            ct => db.OutboxMessages.Where(m => m.UpdateId == updateId && m.Status == from)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, to), ct),
            [ChangeNote.Of(action, nameof(Update), updateId, $"{action} of update no {number}")], userName, cancellationToken);
    }
}
