using System.Globalization;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>How the site writes dates: the newsletter's own style ("Friday 21 March 2025"). Instants become UK dates in <see cref="Domain.LondonClock"/>.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"Friday 21 March 2025".</summary>
    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"21 March 2025".</summary>
    public static string DayMonthYear(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>For the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);
}
