using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Publishing;

public sealed class PublishingOptions
{
    public const string Section = "Publishing";

    /// <summary>How often the scheduler looks for due updates when it has not been woken.</summary>
    public int PollSeconds { get; set; } = 60;
}

/// <summary>Publishes scheduled updates when their time comes. The schedule lives in the database,
/// so a restart loses nothing: the first pass after start publishes anything that fell due while
/// the site was down. With several instances only the holder of the <see cref="LeaseName"/> lease looks
/// (docs/adr/0029-leases-for-background-work.md); publishing itself is exactly-once by the update's version.</summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes,
    TimeProvider time,
    PublishingOptions options,
    BackgroundLease lease,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public const string LeaseName = "publishing";

    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Called after a schedule changes so the next due time is looked at straight away. It wakes this
    /// instance only: when another holds the lease, that one sees the change at its next poll.</summary>
    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await lease.RunWhileHeldAsync(LeaseName, PublishWhileHeldAsync, stoppingToken);
    }

    private async Task PublishWhileHeldAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds));
            try
            {
                var next = await PublishDueAsync(stoppingToken);
                if (next is { } due)
                {
                    var untilDue = due - time.GetUtcNow().UtcDateTime;
                    delay = untilDue < delay ? (untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero) : delay;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                EditorLog.SchedulerFailed(logger, ex, delay);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(delay, time, wait.Token);
            var woken = _wake.WaitAsync(wait.Token);
            await Task.WhenAny(timer, woken);
            await wait.CancelAsync();
            await Task.WhenAll(timer, woken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Publishes every scheduled update that is due; returns when the next one falls due.</summary>
    public async Task<DateTime?> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Updates.AsNoTracking()
            .Where(u => u.Status == UpdateStatus.Scheduled && u.ScheduledForUtc <= now)
            .OrderBy(u => u.ScheduledForUtc)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);

        foreach (var id in due)
        {
            // One scope per update: a failure in one cannot leave tracked changes behind for the next.
            await using var publishScope = scopes.CreateAsyncScope();
            var publishing = publishScope.ServiceProvider.GetRequiredService<PublishingService>();
            var outcome = await publishing.PublishScheduledAsync(id, cancellationToken);
            EditorLog.ScheduledOutcome(logger, id, outcome);
        }

        return await db.Updates.AsNoTracking()
            .Where(u => u.Status == UpdateStatus.Scheduled && u.ScheduledForUtc > now)
            .MinAsync(u => u.ScheduledForUtc, cancellationToken);
    }
}

public static class PublishingSetup
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(PublishingOptions.Section).Get<PublishingOptions>() ?? new PublishingOptions());
        services.AddScoped<EditionBuilder>();
        services.AddScoped<CarryForward>();
        services.AddScoped<PublishingService>();
        services.AddScoped<PublishChecks>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(LinkCheckOptions.Section).Get<LinkCheckOptions>() ?? new LinkCheckOptions());
        services.AddSingleton<LinkChecks>();
        services.AddHttpClient(LinkChecks.ClientName, (sp, client) => client.Timeout = TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<LinkCheckOptions>().TimeoutSeconds)))
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowPrivate = sp.GetRequiredService<LinkCheckOptions>().AllowPrivateAddresses;
                return new SocketsHttpHandler
                {
                    ConnectCallback = (context, ct) => LinkChecks.ConnectAsync(context, allowPrivate, ct),
                    AllowAutoRedirect = true,
                    MaxAutomaticRedirections = 5,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                };
            });
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return services;
    }
}
