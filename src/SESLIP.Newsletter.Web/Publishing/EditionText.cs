using System.Globalization;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>How an update words directory records, in the newsletter's own style, e.g.
/// "Friday 6 June 2025, 10am, in person, Central London" and "On 7 March NSPCC published …".</summary>
public static class EditionText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string MeetingDetails(Meeting meeting)
    {
        if (meeting.Date is not { } date)
        {
            return meeting.Note;
        }

        var parts = new List<string> { date.ToString("dddd d MMMM yyyy", English) };
        if (meeting.StartTime is { } start)
        {
            parts.Add(meeting.EndTime is { } end ? $"{Time(start)}–{Time(end)}" : Time(start));
        }

        var where = meeting.Attendance switch
        {
            Attendance.InPerson => Join("in person", meeting.Place),
            Attendance.Online => Join("via Teams", meeting.Place),
            Attendance.Hybrid => Join("hybrid", meeting.Place),
            _ => meeting.Place,
        };
        if (where.Length > 0)
        {
            parts.Add(where);
        }

        if (meeting.Note.Length > 0)
        {
            parts.Add(meeting.Note);
        }

        var text = string.Join(", ", parts);
        return meeting.IsCancelled ? "Cancelled: " + text : text;
    }

    public static string ContactLine(Contact? contact, string fallback) =>
        contact is null ? fallback : $"More from {contact.Name} (contact details below)";

    public static string PublicationLine(Publication publication, UpdateLayout layout, DateOnly issueDate)
    {
        var publisher = publication.PublisherText.Length > 0 ? publication.PublisherText : publication.Publisher?.Name ?? "";
        if (layout == UpdateLayout.ProgrammeUpdate)
        {
            var by = publisher.Length > 0 ? $" published by {publisher}" : "";
            var on = publication.PublishedOn is { } d ? " " + d.ToString("d MMMM yyyy", English) : "";
            return publication.Title + by + on;
        }

        if (publication.PublishedOn is { } date)
        {
            // The newsletter leaves out the year of a date in the twelve months before the issue.
            var withinYear = date <= issueDate && date > issueDate.AddYears(-1);
            var when = date.ToString(withinYear ? "d MMMM" : "d MMMM yyyy", English);
            return publisher.Length > 0 ? $"On {when} {publisher} published {publication.Title}" : $"On {when}: {publication.Title}";
        }

        return publisher.Length > 0 ? $"{publisher} published {publication.Title}" : publication.Title;
    }

    private static string Time(TimeOnly time) =>
        (time.Minute == 0 ? time.ToString("%h", English) : time.ToString("h:mm", English)) + (time.Hour < 12 ? "am" : "pm");

    private static string Join(string how, string place) => place.Length > 0 ? $"{how}, {place}" : how;
}
