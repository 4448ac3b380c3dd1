using System.Globalization;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Archive files made up for scale tests and benchmarks: issue <c>1000 + i</c>, dated a day after the
/// previous one, in the 2025 layout, with publications and meeting dates of its own so the directory grows
/// with the archive as a real one does.</summary>
public static class GeneratedIssues
{
    private static readonly Lazy<string> Seed = new(() => DemoContent.Read(DemoContent.Update654));

    public static int Number(int i) => 1000 + i;

    public static DateOnly Date(int i) => new DateOnly(2013, 1, 4).AddDays(i);

    /// <summary>The whole 2025 seed (about 30 items and lines) as issue <c>1000 + i</c>, every publication retitled.</summary>
    public static string FromSeed(int i)
    {
        var seed = Seed.Value;
        var header = seed[..seed.IndexOf('\n', StringComparison.Ordinal)];
        return Header(i) + seed[header.Length..].Replace(" published ", string.Create(CultureInfo.InvariantCulture, $" published Issue {Number(i)} "), StringComparison.Ordinal);
    }

    /// <summary>A short issue in the same layout: one item reporting a new publication, two meetings a week
    /// after the issue (one network whose date moves every issue, one fixed), two Tools &amp; Templates lines
    /// and two contacts. A few milliseconds to import, so a test can import thousands.</summary>
    public static string Compact(int i)
    {
        var meeting = Date(i).AddDays(7);
        return string.Create(CultureInfo.InvariantCulture, $"""
            {Header(i)}

            If you have any news that you would like included in our Friday Update, please contact Richard Tyndall (details below)

            Updates

            Generated report {Number(i)}

            On 14 March DfE published Generated report {Number(i)}

            Headlines

            The report covers week {i} of the generated archive.

            Future dates for network meetings

            Network dates:

            AD Education: 10:00am {meeting:dddd d MMMM yyyy} London in-person. More from Chris Owen (contact details below)

            Data Benchmarking: More from Luke Ede (contact details below)

            Tools & Templates

            On 14 March DfE published Generated report {Number(i)}

            On 7 March NSPCC published Generated guide {Number(i)}

            Contact Details

            AD Education Network Lead: Chris Owen (South East Sector-Led Improvement Programme)

            chris.owen@example.org

            Data Benchmarking: Luke Ede (South East Sector-Led Improvement Programme)

            Luke.ede@eastsussex.gov.uk

            07925 148597
            """);
    }

    private static string Header(int i)
    {
        var date = Date(i);
        var day = date.Day;
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return string.Create(CultureInfo.InvariantCulture, $"Update no {Number(i)} {day}{suffix} {date:MMMM yyyy}");
    }
}
