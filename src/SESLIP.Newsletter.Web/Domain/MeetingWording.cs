using System.Globalization;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Calendars;

/// <summary>How a meeting's date, time and place read, in the newsletter's own style
/// ("Friday 6 June 2025", "10am to 12pm", "In person, Central London"), on pages and in calendars alike.</summary>
public static class MeetingText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", British);

    /// <summary>"10am", "10:30am", "12pm to 2pm"; empty when no time is known.</summary>
    public static string Time(TimeOnly? start, TimeOnly? end)
    {
        if (start is not { } from)
        {
            return "";
        }

        return end is { } to && to > from ? $"{Clock(from)} to {Clock(to)}" : Clock(from);
    }

    public static string Where(Attendance attendance, string place) => attendance switch
    {
        Attendance.InPerson => place.Length > 0 ? $"In person, {place}" : "In person",
        Attendance.Online => place.Length > 0 ? $"Online ({place})" : "Online",
        Attendance.Hybrid => place.Length > 0 ? $"In person, {place}, or online" : "In person or online",
        _ => place,
    };

    private static string Clock(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}{suffix}");
    }
}
