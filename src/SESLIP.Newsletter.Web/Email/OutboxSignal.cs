namespace SESLIP.Newsletter.Web.Email;

/// <summary>Wakes the background sender when messages are queued or resumed, so it need not wait for its poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake() => _wake.Release();

    public Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        Task.WhenAny(_wake.WaitAsync(cancellationToken), Task.Delay(timeout, time, cancellationToken));

    public void Dispose() => _wake.Dispose();
}
