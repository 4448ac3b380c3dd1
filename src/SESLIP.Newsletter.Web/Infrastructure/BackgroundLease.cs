using System.Security.Cryptography;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Runs a kind of background work only while this instance holds its <see cref="Lease"/>: it asks for the
/// lease every <see cref="LeaseOptions.RenewEvery"/>, renews it as often while the work runs, stops the work
/// when the lease is lost (or could not be renewed before it would expire) and gives it back when the site stops
/// (docs/adr/0029-leases-for-background-work.md).</summary>
public sealed partial class BackgroundLease(
    IServiceScopeFactory scopes,
    LeaseOptions options,
    TimeProvider time,
    ILogger<BackgroundLease> logger)
{
    /// <summary>This instance: machine, process and a random part, so two processes of one machine, or a
    /// restarted process given an old process id, are never taken for each other.</summary>
    public string Owner { get; } = NewOwner();

    public static string NewOwner()
    {
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        return owner.Length <= Lease.OwnerLength ? owner : owner[^Lease.OwnerLength..];
    }

    /// <summary>Runs <paramref name="work"/> whenever the lease is held, until <paramref name="stoppingToken"/>.
    /// The work's token is cancelled when the site stops or the lease is lost; the work should then return.</summary>
    public async Task RunWhileHeldAsync(string name, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await UseAsync(name, (leases, token) => leases.TryAcquireAsync(name, Owner, options.Duration, token), stoppingToken))
            {
                if (!await WaitAsync(options.RenewEvery, stoppingToken))
                {
                    return;
                }

                continue;
            }

            LogAcquired(logger, name, Owner);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var keeping = KeepAsync(name, held);
            try
            {
                await work(held.Token);
            }
            catch (OperationCanceledException) when (held.IsCancellationRequested)
            {
            }
            finally
            {
                await held.CancelAsync();
                await keeping;
            }

            if (stoppingToken.IsCancellationRequested)
            {
                // Not cancellable: the next holder should not have to wait for the lease to run out.
                await UseAsync(name, (leases, _) => leases.ReleaseAsync(name, Owner, CancellationToken.None), CancellationToken.None);
                LogReleased(logger, name);
                return;
            }

            // Lost (or the work ended by itself): ask again after a pause, never in a tight loop.
            if (!await WaitAsync(options.RenewEvery, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>Renews until the work stops; cancels the work when another instance holds the lease, or when renewals
    /// have failed for so long that the lease would expire before the next try.</summary>
    private async Task KeepAsync(string name, CancellationTokenSource held)
    {
        var validUntil = time.GetUtcNow() + options.Duration;
        while (await WaitAsync(options.RenewEvery, held.Token))
        {
            var asked = time.GetUtcNow();
            bool? renewed;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                renewed = await scope.ServiceProvider.GetRequiredService<Leases>().RenewAsync(name, Owner, options.Duration, held.Token);
            }
            catch (OperationCanceledException) when (held.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewFailed(logger, ex, name, validUntil);
                renewed = null;
            }

            if (renewed == true)
            {
                validUntil = asked + options.Duration;
            }
            else if (renewed == false || time.GetUtcNow() + options.RenewEvery >= validUntil)
            {
                LogLost(logger, name, Owner);
                await held.CancelAsync();
                return;
            }
        }
    }

    private async Task<bool> UseAsync(string name, Func<Leases, CancellationToken, Task<bool>> statement, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await statement(scope.ServiceProvider.GetRequiredService<Leases>(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database that is down, busy or not migrated yet: the work waits, the site goes on serving pages.
            LogUnavailable(logger, ex, name);
            return false;
        }
    }

    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "This instance ({Owner}) holds the {Lease} lease and does that work now")]
    private static partial void LogAcquired(ILogger logger, string lease, string owner);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Information, Message = "The {Lease} lease was given back as the site stops")]
    private static partial void LogReleased(ILogger logger, string lease);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Warning, Message = "This instance ({Owner}) no longer holds the {Lease} lease and has stopped that work; it will ask again")]
    private static partial void LogLost(ILogger logger, string lease, string owner);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Warning, Message = "Renewing the {Lease} lease failed; it is held until {ValidUntil} and renewal is tried again")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string lease, DateTimeOffset validUntil);

    [LoggerMessage(EventId = 4705, Level = LogLevel.Warning, Message = "The {Lease} lease could not be asked for (database unavailable?); asking again later")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string lease);
}
