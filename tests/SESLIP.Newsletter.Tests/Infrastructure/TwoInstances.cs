namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Two instances of the site on one SQLite file, as two servers behind a load balancer share one
/// database. <see cref="A"/> starts first (it makes the file); <see cref="B"/> starts on A's file.</summary>
public sealed class TwoInstances : IDisposable
{
    public TwoInstances(Action<Dictionary<string, string?>>? settings = null)
    {
        A = new NewsletterFactory { LoadDemoContent = false, KeepData = true };
        settings?.Invoke(A.Settings);
        _ = A.Server;
        B = new NewsletterFactory { LoadDemoContent = false, DataDirectory = A.DataDirectory, KeepData = true };
        settings?.Invoke(B.Settings);
        _ = B.Server;
    }

    public NewsletterFactory A { get; }

    public NewsletterFactory B { get; }

    /// <summary>Stops one instance, as a server taken out of service; the other goes on.</summary>
    public static void Stop(NewsletterFactory instance) => instance.Dispose();

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        try
        {
            Directory.Delete(A.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
