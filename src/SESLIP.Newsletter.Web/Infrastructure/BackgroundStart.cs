namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Holds the background services' first work (asking for their leases, then publishing due updates and
/// sending the outbox) until the site has answered its first request, or until <see cref="LeaseOptions.StartDelay"/>
/// has passed, whichever comes first: a restart's CPU goes to the first page rather than to compiling the
/// background services' queries beside it. Nothing due waits longer than the delay
/// (docs/adr/0041-start-up-work.md).</summary>
public sealed class BackgroundStart(LeaseOptions options, TimeProvider time)
{
    private readonly TaskCompletionSource _served = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called as each request finishes; only the first one matters.</summary>
    public void RequestServed() => _served.TrySetResult();

    /// <summary>Returns once the first request has been answered or the delay has passed; false when the site
    /// stops first.</summary>
    public async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        if (options.StartDelay > TimeSpan.Zero && !_served.Task.IsCompleted)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(options.StartDelay, time, waiting.Token);
            await Task.WhenAny(_served.Task, delay);
            await waiting.CancelAsync();
            await delay.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return !stoppingToken.IsCancellationRequested;
    }

    /// <summary>Puts the signal outside the whole pipeline, so even an error page or a probe counts as served.</summary>
    internal sealed class Filter(BackgroundStart start) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                try
                {
                    await following(context);
                }
                finally
                {
                    start.RequestServed();
                }
            });
            next(app);
        };
    }
}
