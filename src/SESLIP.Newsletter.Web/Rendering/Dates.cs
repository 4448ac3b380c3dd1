using System.Globalization;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>How the site writes dates: the newsletter's own style ("Friday 21 March 2025"), in UK time.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static TimeZoneInfo London { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"Friday 21 March 2025".</summary>
    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"21 March 2025".</summary>
    public static string DayMonthYear(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>The UK calendar date of a UTC instant, e.g. a correction made at 23:30 UTC in summer is next day's.</summary>
    public static DateOnly LondonDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    /// <summary>For the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);
}
