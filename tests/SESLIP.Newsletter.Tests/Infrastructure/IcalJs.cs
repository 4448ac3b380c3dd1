using System.Diagnostics;
using System.Text.Json;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Reads iCalendar and vCard text with ical.js (the parser Thunderbird uses), run by Node: a parser
/// written independently of Ical.Net, so a test cannot pass merely because writer and reader share a bug.
/// ical.js is installed from the committed lock file beside the tests the first time it is needed.</summary>
public static class IcalJs
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "IcalJs");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static async Task<CalendarDocument> ReadCalendarAsync(string text)
    {
        using var json = await RunAsync(text);
        var root = json.RootElement;
        Assert.Equal("calendar", root.GetProperty("kind").GetString());
        return root.Deserialize<CalendarDocument>(Options)!;
    }

    public static async Task<IReadOnlyList<CardProperty>> ReadVCardAsync(string text)
    {
        using var json = await RunAsync(text);
        var root = json.RootElement;
        Assert.Equal("vcard", root.GetProperty("kind").GetString());
        return [.. root.GetProperty("properties").EnumerateArray().Select(p => new CardProperty(
            p.GetProperty("name").GetString()!,
            p.GetProperty("parameters").EnumerateObject().ToDictionary(o => o.Name, o => o.Value.ToString()),
            [.. p.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.ToString())]))];
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static async Task<JsonDocument> RunAsync(string input)
    {
        await Installed.Value;
        var (exitCode, output, error) = await ExecAsync("node", "read.mjs", input);
        Assert.True(exitCode == 0, $"ical.js could not read the document: {error}\n{input}");
        return JsonDocument.Parse(output);
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "ical.js", "package.json")))
        {
            return;
        }

        var (exitCode, output, error) = await ExecAsync("npm", "ci --no-audit --no-fund --loglevel=error", null);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Installing ical.js with npm failed (Node.js and npm are needed for these tests):\n{output}\n{error}");
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecAsync(string command, string arguments, string? input)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(NewsletterFactory.RequestTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

public sealed record CalendarDocument(
    string ProdId,
    string Version,
    string? Method,
    string? Name,
    IReadOnlyList<CalendarTimeZone> TimeZones,
    IReadOnlyList<CalendarEventData> Events);

public sealed record CalendarTimeZone(string TzId, int Standard, int Daylight);

public sealed record CalendarEventData(
    string Uid,
    int? Sequence,
    string? Status,
    string Summary,
    string? Location,
    string? Description,
    string? Url,
    string? DtStamp,
    CalendarTime Start,
    CalendarTime? End);

/// <param name="Local">As written, e.g. "2025-06-06T10:00:00".</param>
/// <param name="Utc">The instant ical.js computed from the calendar's own VTIMEZONE; null for a date.</param>
public sealed record CalendarTime(string Local, bool IsDate, string? TzId, DateTime? Utc);

public sealed record CardProperty(string Name, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Values)
{
    public string Value => string.Join(";", Values);
}
