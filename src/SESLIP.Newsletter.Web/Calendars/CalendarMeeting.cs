using System.Linq.Expressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Calendars;

/// <summary>What a calendar needs to know of one meeting.</summary>
public sealed record CalendarMeeting(
    int Id,
    string Uid,
    int Sequence,
    bool IsCancelled,
    DateTime UpdatedAtUtc,
    string NetworkName,
    string NetworkSlug,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    Attendance Attendance,
    string Place,
    string Note,
    string? ContactName,
    string? ContactEmail,
    string ContactText)
{
    public static Expression<Func<Meeting, CalendarMeeting>> Projection { get; } = m => new CalendarMeeting(
        m.Id,
        m.Uid,
        m.Sequence,
        m.IsCancelled,
        m.UpdatedAtUtc,
        m.Network!.Name,
        m.Network.Slug,
        m.Date,
        m.StartTime,
        m.EndTime,
        m.Attendance,
        m.Place,
        m.Note,
        m.Contact != null ? m.Contact.Name : m.Network.LeadContact != null ? m.Network.LeadContact.Name : null,
        m.Contact != null ? m.Contact.Email : m.Network.LeadContact != null ? m.Network.LeadContact.Email : null,
        m.Network.ContactText);
}
