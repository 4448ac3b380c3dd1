using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>One test's share of the server log, kept in memory and shown only if the test fails
/// (<see cref="ServerLogTestFramework"/>), so a passing run prints nothing.</summary>
public sealed class TestLog
{
    private static readonly AsyncLocal<TestLog?> CurrentTest = new();
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>The log of the test running on this flow; in-process requests carry it to the server.</summary>
    public static TestLog? Current
    {
        get => CurrentTest.Value;
        internal set => CurrentTest.Value = value;
    }

    public bool IsEmpty => _lines.IsEmpty;

    public void Add(string line) => _lines.Enqueue(line);

    public override string ToString() => string.Join(Environment.NewLine, _lines);
}

/// <summary>Writes a host's log events to the log of the test that caused them.</summary>
internal sealed class TestLogSink(NewsletterFactory factory) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        // Requests from a real browser arrive on Kestrel's threads, outside the test's flow: they go to the
        // log the factory was pointed at.
        var log = TestLog.Current ?? factory.ServerLog;
        if (log is null)
        {
            return;
        }

        var source = logEvent.Properties.TryGetValue("SourceContext", out var value) ? ((ScalarValue)value).Value : null;
        log.Add(string.Create(CultureInfo.InvariantCulture,
            $"[{logEvent.Timestamp:HH:mm:ss.fff} {Level(logEvent.Level)}] {source}: {logEvent.RenderMessage(CultureInfo.InvariantCulture)}"));
        if (logEvent.Exception is not null)
        {
            log.Add(logEvent.Exception.ToString());
        }
    }

    private static string Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "VRB",
        LogEventLevel.Debug => "DBG",
        LogEventLevel.Information => "INF",
        LogEventLevel.Warning => "WRN",
        LogEventLevel.Error => "ERR",
        _ => "FTL",
    };
}
