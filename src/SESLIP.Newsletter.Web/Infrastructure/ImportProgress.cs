using System.Diagnostics;
using System.Globalization;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>The <c>import</c> command's progress: on a terminal one line (files done of total, rate, time
/// left) rewritten in place under the per-file lines; when the output is redirected to a file or a pipe,
/// only the per-file lines, since a rewritten line there is noise.</summary>
public sealed class ImportProgress(TextWriter output, bool interactive, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private int _shown;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>True when <paramref name="output"/> is the console and the console is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Writes a file's lines above the progress line.</summary>
    public async Task WriteLinesAsync(IEnumerable<string> lines)
    {
        await ClearAsync();
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    /// <summary>One more file done.</summary>
    public async Task AdvanceAsync()
    {
        _done++;
        if (!interactive)
        {
            return;
        }

        var line = Line(_done, total, _clock.Elapsed);
        await output.WriteAsync("\r" + line.PadRight(_shown));
        _shown = line.Length;
        await output.FlushAsync();
    }

    /// <summary>Removes the progress line before the closing table.</summary>
    public Task FinishAsync() => ClearAsync();

    /// <summary>"Importing 120 of 690 files, 8.4 files/s, about 1 min 10 s left".</summary>
    public static string Line(int done, int total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : (TimeSpan?)null;
        return string.Create(CultureInfo.InvariantCulture,
            $"Importing {done} of {total} files, {rate:0.0} files/s, {(left is { } l ? "about " + Duration(l) + " left" : "time left not yet known")}");
    }

    public static string Duration(TimeSpan span) => span.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(span.TotalSeconds):0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s");

    private async Task ClearAsync()
    {
        if (interactive && _shown > 0)
        {
            await output.WriteAsync("\r" + new string(' ', _shown) + "\r");
            _shown = 0;
        }
    }
}
