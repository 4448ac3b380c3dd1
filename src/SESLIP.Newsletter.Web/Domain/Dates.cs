using System.Globalization;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>How the site writes dates: the newsletter's own style ("Friday 21 March 2025"), the same on pages,
/// in update lines and in calendars. Instants become UK dates in <see cref="LondonClock"/>.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"Friday 21 March 2025".</summary>
    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"Friday 21 March 2025 at 09:00": an instant, as a UK clock shows it.</summary>
    public static string WithWeekdayAndTime(DateTime utc) => LondonClock.ToLocal(utc).ToString("dddd d MMMM yyyy 'at' HH:mm", English);

    /// <summary>"21 March 2025".</summary>
    public static string DayMonthYear(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"21 March", for a date the reader can place without the year.</summary>
    public static string DayMonth(DateOnly date) => date.ToString("d MMMM", English);

    /// <summary>"March 2025".</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", English);

    /// <summary>How far off a coming date is, from London's <paramref name="today"/>: "today", "tomorrow", "in 3 days";
    /// "2 days ago" for a date already past.</summary>
    public static string FromToday(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        < 0 and var past => $"{-past} days ago",
        var days => $"in {days} days",
    };

    /// <summary>For the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);
}
