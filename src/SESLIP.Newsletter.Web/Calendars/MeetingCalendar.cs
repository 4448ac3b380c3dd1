using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Calendars;

/// <summary>Turns network meetings into an RFC 5545 calendar that Outlook, Google and Apple calendars
/// can subscribe to. See docs/adr/0010-meeting-calendars.md.</summary>
public static class MeetingCalendar
{
    public const string ProductId = "-//SESLIP//Friday Update network meetings//EN";
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How often subscribed clients are asked to look again (they may poll less often).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(6);

    // Fixed rather than "now" so the VTIMEZONE block, and with it the ETag, only changes when the data does.
    private static readonly DateTime TimeZoneRulesFrom = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The calendar text. Meetings without a date are left out: there is nothing to put in a
    /// calendar until the date is known, and a guessed one would be worse than none.</summary>
    /// <param name="name">Shown by clients as the calendar's name.</param>
    /// <param name="networkPage">The absolute address of a network's page, from its slug, for links back to it.</param>
    public static string Build(string name, IEnumerable<CalendarMeeting> meetings, Func<string, Uri> networkPage)
    {
        var calendar = new Calendar
        {
            ProductId = ProductId,
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", TextInput.Clean(name));
        calendar.AddProperty("X-WR-TIMEZONE", LondonClock.TimeZoneId);
        calendar.AddProperty("X-PUBLISHED-TTL", Duration(RefreshInterval));
        var refresh = new CalendarProperty("REFRESH-INTERVAL", Duration(RefreshInterval));
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(LondonClock.TimeZoneId, TimeZoneRulesFrom, includeHistoricalData: false));

        foreach (var meeting in meetings.Select(Cleaned).Where(m => m.Date is not null).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Uid, StringComparer.Ordinal))
        {
            calendar.Events.Add(ToEvent(meeting, networkPage));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    // Safe on its own even if text slipped past input cleaning: no control character reaches a calendar.
    private static CalendarMeeting Cleaned(CalendarMeeting m) => m with
    {
        Uid = TextInput.Clean(m.Uid),
        NetworkName = TextInput.Clean(m.NetworkName),
        NetworkSlug = TextInput.Clean(m.NetworkSlug),
        Place = TextInput.Clean(m.Place),
        Note = TextInput.Clean(m.Note),
        ContactName = m.ContactName is null ? null : TextInput.Clean(m.ContactName),
        ContactEmail = m.ContactEmail is null ? null : TextInput.Clean(m.ContactEmail),
        ContactText = TextInput.Clean(m.ContactText),
    };

    /// <summary>A file name for a meeting's own .ics, e.g. "ad-safeguarding-2025-06-06.ics".</summary>
    public static string FileName(CalendarMeeting meeting) =>
        meeting.Date is { } date ? $"{meeting.NetworkSlug}-{date:yyyy-MM-dd}.ics" : $"{meeting.NetworkSlug}.ics";

    private static CalendarEvent ToEvent(CalendarMeeting meeting, Func<string, Uri> networkPage)
    {
        var date = meeting.Date!.Value;
        var stamp = new CalDateTime(DateTime.SpecifyKind(meeting.UpdatedAtUtc, DateTimeKind.Utc));
        var page = networkPage(meeting.NetworkSlug);
        var summary = $"{meeting.NetworkName} meeting";

        var calendarEvent = new CalendarEvent
        {
            Uid = meeting.Uid,
            Sequence = meeting.Sequence,
            DtStamp = stamp,
            LastModified = stamp,

            // Clients that ignore STATUS in subscribed calendars still show the word.
            Summary = meeting.IsCancelled ? $"Cancelled: {summary}" : summary,
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Class = "PUBLIC",
            Url = page,
            Description = Description(meeting, page),
        };
        calendarEvent.Categories.Add(meeting.NetworkName);

        var where = MeetingWording.Where(meeting.Attendance, meeting.Place);
        if (where.Length > 0)
        {
            calendarEvent.Location = where;
        }

        if (ContactLine(meeting) is { Length: > 0 } contact)
        {
            calendarEvent.Contacts.Add(contact);
        }

        if (meeting.StartTime is { } start)
        {
            calendarEvent.DtStart = new CalDateTime(date, start, LondonClock.TimeZoneId);
            if (meeting.EndTime is { } end && end > start)
            {
                calendarEvent.DtEnd = new CalDateTime(date, end, LondonClock.TimeZoneId);
            }
        }
        else
        {
            // A date without a time is an all-day event (VALUE=DATE), never a made-up midnight start.
            calendarEvent.DtStart = new CalDateTime(date);
            calendarEvent.DtEnd = new CalDateTime(date.AddDays(1));
        }

        return calendarEvent;
    }

    private static string Description(CalendarMeeting meeting, Uri page)
    {
        var text = new StringBuilder();
        if (meeting.IsCancelled)
        {
            text.AppendLine("This meeting has been cancelled.");
        }

        if (meeting.Note.Length > 0)
        {
            text.AppendLine(meeting.Note);
        }

        if (ContactLine(meeting) is { Length: > 0 } contact)
        {
            text.Append("More from ").AppendLine(contact);
        }

        text.Append("Network page: ").Append(page.AbsoluteUri);
        return text.ToString();
    }

    private static string ContactLine(CalendarMeeting meeting)
    {
        if (meeting.ContactName is { Length: > 0 } name)
        {
            return meeting.ContactEmail is { Length: > 0 } email ? $"{name} ({email})" : name;
        }

        return meeting.ContactText;
    }

    private static string Duration(TimeSpan span) => $"PT{(int)span.TotalHours}H";
}
