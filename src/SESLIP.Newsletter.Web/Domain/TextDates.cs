using System.Globalization;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>Dates as editors write them in an update's text: "Friday 6 June", "18th April", "30 May 2025",
/// "4 Jul". One reading for the publish checks (a weekday that does not fit its date, a meeting before the issue)
/// and for the deadlines the item form offers, so the two can never read the same words differently.</summary>
public static partial class TextDates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Every date written in <paramref name="text"/>, in the order written; the year is null when the
    /// text leaves it out.</summary>
    public static IEnumerable<TextDate> Mentions(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (Match match in DateMention().Matches(text))
        {
            yield return new TextDate(
                match.Value.Trim(),
                match.Groups["weekday"].Success ? Weekday(match.Groups["weekday"].Value) : null,
                int.Parse(match.Groups["day"].Value, English),
                Month(match.Groups["month"].Value),
                match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, English) : null);
        }
    }

    /// <summary>The dates an action could be due by, for an update issued on <paramref name="issueDate"/>: each
    /// date in the text on or after the issue date, without repeats, soonest first. A date without a year is its
    /// next occurrence on or after the issue date ("by 9 January" in a December update is next January's).</summary>
    public static IReadOnlyList<DateOnly> Deadlines(string? text, DateOnly issueDate) =>
        [.. Mentions(text)
            .Select(m => m.Year is null ? NextOnOrAfter(m.Month, m.Day, issueDate) : m.Resolve(issueDate.Year))
            .OfType<DateOnly>()
            .Where(d => d >= issueDate)
            .Distinct()
            .Order()];

    /// <summary>The first date with this month and day on or after <paramref name="from"/> (29 February waits for
    /// a leap year, within four years); null for a day the month never has.</summary>
    public static DateOnly? NextOnOrAfter(int month, int day, DateOnly from)
    {
        for (var year = from.Year; year <= from.Year + 4; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= from)
            {
                return date;
            }
        }

        return null;
    }

    public static DayOfWeek Weekday(string name) => name[..3].ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>1–12 from a month's name or its first three letters.</summary>
    public static int Month(string name) =>
        Array.FindIndex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private const string WeekdayPattern = @"(?<weekday>mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?)";

    private const string DatePattern = @"(?<day>\d{1,2})(st|nd|rd|th)?(\s+of)?\s+(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?(,?\s+(?<year>(19|20)\d{2})\b)?";

    [GeneratedRegex(@"(\b" + WeekdayPattern + @"\.?,?\s+)?(?<!\d)" + DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateMention();
}
