namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The oldest .NET runtime the site should run on. 10.0.13 fixes a Kestrel security advisory; an
/// older runtime still works, so the site starts and says so once rather than refusing to serve
/// (docs/deployment.md, "Publishing").</summary>
public static partial class RuntimeCheck
{
    public static Version MinimumPatchedRuntime { get; } = new(10, 0, 13);

    /// <summary>Whether <paramref name="running"/> is <see cref="MinimumPatchedRuntime"/> or later in the
    /// same major version line; a later major version is taken as patched.</summary>
    public static bool IsPatched(Version running) =>
        new Version(running.Major, running.Minor, Math.Max(running.Build, 0)) >= MinimumPatchedRuntime;

    /// <summary>Logs one warning at start when the runtime is older than the patched one.</summary>
    public static WebApplication WarnIfRuntimeUnpatched(this WebApplication app)
    {
        if (!IsPatched(Environment.Version))
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RuntimeCheck));
            UnpatchedRuntime(logger, Environment.Version, MinimumPatchedRuntime);
        }

        return app;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Running on .NET {Running}, older than {Minimum}, which fixes a Kestrel security advisory: install that runtime or a later one (docs/deployment.md)")]
    private static partial void UnpatchedRuntime(ILogger logger, Version running, Version minimum);
}
