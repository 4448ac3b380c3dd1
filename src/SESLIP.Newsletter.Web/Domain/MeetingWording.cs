using System.Globalization;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>How a meeting's date, time and place read, in the newsletter's own style, wherever it is shown:
/// directory pages and calendars ("Friday 6 June 2025", "12pm to 2pm", "In person, Central London") and
/// the meeting lines of an update ("Friday 6 June 2025, 12pm–2pm, in person, Central London"). The two
/// differ only as <see cref="MeetingPhrasing"/> says.</summary>
public static class MeetingWording
{
    /// <summary>How a cancelled meeting's line begins.</summary>
    public const string CancelledPrefix = "Cancelled: ";

    public static string Date(DateOnly date) => Dates.WithWeekday(date);

    public static string Month(DateOnly date) => Dates.MonthYear(date);

    /// <summary>"10am", "10:30am", "12pm to 2pm" (or "12pm–2pm" in a line); empty when no time is known.</summary>
    public static string Time(TimeOnly? start, TimeOnly? end, MeetingPhrasing phrasing = MeetingPhrasing.Listing)
    {
        if (start is not { } from)
        {
            return "";
        }

        var between = phrasing == MeetingPhrasing.Line ? "–" : " to ";
        return end is { } to && to > from ? Clock(from) + between + Clock(to) : Clock(from);
    }

    /// <summary>"In person, Central London", "Online (Teams)"; in a line "in person, Central London", "via Teams".</summary>
    public static string Where(Attendance attendance, string place, MeetingPhrasing phrasing = MeetingPhrasing.Listing) =>
        phrasing == MeetingPhrasing.Line
            ? attendance switch
            {
                Attendance.InPerson => Join("in person", place),
                Attendance.Online => Join("via Teams", place),
                Attendance.Hybrid => Join("hybrid", place),
                _ => place,
            }
            : attendance switch
            {
                Attendance.InPerson => place.Length > 0 ? $"In person, {place}" : "In person",
                Attendance.Online => place.Length > 0 ? $"Online ({place})" : "Online",
                Attendance.Hybrid => place.Length > 0 ? $"In person, {place}, or online" : "In person or online",
                _ => place,
            };

    /// <summary>The whole meeting as one line of an update, e.g. "Friday 6 June 2025, 10am, in person,
    /// Central London"; just the note while the date is not known.</summary>
    public static string Line(Meeting meeting)
    {
        if (meeting.Date is not { } date)
        {
            return meeting.Note;
        }

        var parts = new List<string> { Date(date) };
        parts.AddRange(new[]
        {
            Time(meeting.StartTime, meeting.EndTime, MeetingPhrasing.Line),
            Where(meeting.Attendance, meeting.Place, MeetingPhrasing.Line),
            meeting.Note,
        }.Where(part => part.Length > 0));

        var text = string.Join(", ", parts);
        return meeting.IsCancelled ? CancelledPrefix + text : text;
    }

    private static string Clock(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hour}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00}{suffix}");
    }

    private static string Join(string how, string place) => place.Length > 0 ? $"{how}, {place}" : how;
}
