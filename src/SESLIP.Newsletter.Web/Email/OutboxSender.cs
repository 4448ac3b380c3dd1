using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>
/// Works through the outbox: claims each due row (Sending + claimed-at) before handing it to the mail server and
/// marks it Sent with the server's answer straight after. Transient failures are retried with exponential backoff;
/// 5xx answers and exhausted attempts are recorded as Failed. At start, rows a crash left in Sending are queued
/// again and resent with the same Message-ID (docs/adr/0020-outbox-and-exactly-once.md). Stopping the host lets the
/// message in hand finish and be recorded. With several instances only the holder of the <see cref="LeaseName"/>
/// lease sends, and it recovers as it takes the lease over (docs/adr/0029-leases-for-background-work.md).
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IEmailTransport transport,
    EmailOptions email,
    SendingOptions options,
    OutboxSignal signal,
    TimeProvider time,
    BackgroundLease lease,
    ILogger<OutboxSender> logger) : BackgroundService
{
    public const string LeaseName = "outbox";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await lease.RunWhileHeldAsync(LeaseName, SendWhileHeldAsync, stoppingToken);
    }

    // Each time the lease is taken, rows the previous holder left in Sending are recovered first.
    private async Task SendWhileHeldAsync(CancellationToken stoppingToken)
    {
        var recovered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = 0;
            try
            {
                // Inside the loop: a database that is not reachable or migrated yet must not stop the whole site.
                if (!recovered)
                {
                    await RecoverAsync(stoppingToken);
                    recovered = true;
                }

                worked = await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogSenderFailed(logger, ex);
            }

            if (worked == 0 && !stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await signal.WaitAsync(options.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The rule for the crash window between "server accepted" and "row marked": send again, with the
    /// same Message-ID, so a receiving system that already has it can discard the copy.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
        var requeued = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Queued), cancellationToken);
        if (requeued > 0)
        {
            LogRecovered(logger, requeued);
        }

        return requeued;
    }

    /// <summary>Sends one page of due messages; returns how many it worked on.</summary>
    public async Task<int> SendDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
        var renderer = scope.ServiceProvider.GetRequiredService<UpdateEmailRenderer>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id).Take(Math.Max(1, options.BatchSize))
            .Select(m => new { m.Id, m.UpdateId, m.Email, m.MessageId, m.SubscriberId, m.Attempts })
            .ToListAsync(stoppingToken);

        // Rendered once per page of messages: a correction made during a long send reaches the rest.
        var rendered = new Dictionary<int, UpdateEmail?>();
        var subscriptionLinks = scope.ServiceProvider.GetRequiredService<SubscriptionLinks>();
        var worked = 0;
        foreach (var row in due)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            if (!rendered.TryGetValue(row.UpdateId, out var content))
            {
                content = rendered[row.UpdateId] = await renderer.RenderByIdAsync(row.UpdateId, stoppingToken);
            }

            // The claim: only a row still Queued (not paused meanwhile) is taken.
            var claimedAt = time.GetUtcNow().UtcDateTime;
            var claimed = await db.OutboxMessages.Where(m => m.Id == row.Id && m.Status == OutboxStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.ClaimedAtUtc, claimedAt)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), stoppingToken);
            if (claimed == 0)
            {
                continue;
            }

            worked++;
            var attempts = row.Attempts + 1;
            if (content is null)
            {
                await FinishAsync(db, row.Id, OutboxStatus.Failed, "The update no longer exists.", null);
                continue;
            }

            var message = UpdateMessage.Build(content, row.Email, row.MessageId, email,
                subscriptionLinks.For(new Subscriber { Id = row.SubscriberId, Email = row.Email }), time.GetUtcNow());
            try
            {
                // Not cancelled by shutdown: a message in hand is finished and recorded, never abandoned mid-way.
                var answer = await transport.SendAsync(message, CancellationToken.None);
                await FinishAsync(db, row.Id, OutboxStatus.Sent, answer, time.GetUtcNow().UtcDateTime);
            }
            catch (EmailRejectedException refused) when (refused.Permanent)
            {
                await FinishAsync(db, row.Id, OutboxStatus.Failed, refused.ServerAnswer, null);
                LogRefused(logger, row.Id, refused.ServerAnswer);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var answer = ex is EmailRejectedException transient ? transient.ServerAnswer : ex.Message;
                if (attempts >= options.MaxAttempts)
                {
                    await FinishAsync(db, row.Id, OutboxStatus.Failed, $"Gave up after {attempts} attempts: {answer}", null);
                }
                else
                {
                    var retryAt = time.GetUtcNow().UtcDateTime + options.FirstRetryDelay * Math.Pow(2, attempts - 1);
                    await db.OutboxMessages.Where(m => m.Id == row.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Queued)
                            .SetProperty(m => m.NextAttemptAtUtc, retryAt)
                            .SetProperty(m => m.ServerAnswer, Trim(answer)), CancellationToken.None);
                }

                LogTransient(logger, ex, row.Id, attempts);
            }

            if (options.MessagesPerMinute > 0)
            {
                await Task.Delay(TimeSpan.FromMinutes(1.0 / options.MessagesPerMinute), time, stoppingToken)
                    .ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        return worked;
    }

    private static Task<int> FinishAsync(NewsletterDbContext db, long id, OutboxStatus status, string answer, DateTime? sentAt) =>
        db.OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status)
                .SetProperty(m => m.SentAtUtc, sentAt)
                .SetProperty(m => m.ServerAnswer, Trim(answer)), CancellationToken.None);

    private static string Trim(string answer) => answer.Length <= 1000 ? answer : answer[..1000];

    [LoggerMessage(EventId = 4601, Level = LogLevel.Error, Message = "The outbox sender failed; it will try again")]
    private static partial void LogSenderFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning, Message = "{Count} messages left in Sending by a stop are queued again with their Message-IDs")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Warning, Message = "Outbox message {Id} refused for good: {Answer}")]
    private static partial void LogRefused(ILogger logger, long id, string answer);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Warning, Message = "Outbox message {Id} failed on attempt {Attempts}")]
    private static partial void LogTransient(ILogger logger, Exception exception, long id, int attempts);
}
