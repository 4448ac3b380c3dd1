using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A meeting added to the directory from the update page, and shown in this update.</summary>
public sealed class NewMeetingModel
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the network that is meeting.")]
    [Display(Name = "Network")]
    public int NetworkId { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    /// <summary>The weekday the invitation gives, checked against the date to catch a mistyped one.</summary>
    [Display(Name = "Weekday")]
    public DayOfWeek? Weekday { get; set; }

    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Ends at")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Attendance")]
    public Attendance Attendance { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The place is too long: at most {1} characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The note is too long: at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    /// <summary>Asked only when a time happens twice that day (the night the clocks go back).</summary>
    [Display(Name = "Which one")]
    public RepeatedTime? RepeatedTime { get; set; }

    [Display(Name = "Contact (if not the network's lead)")]
    public int? ContactId { get; set; }

    /// <summary>Field errors a single attribute cannot see: times without a date, an end before the
    /// start, a weekday that is not the date's.</summary>
    public IEnumerable<(string Field, string Message)> Check()
    {
        if (Date is null && (StartTime is not null || EndTime is not null))
        {
            yield return (nameof(Date), "Enter the date too, or clear the times.");
        }

        if (StartTime is { } start && EndTime is { } end && end <= start)
        {
            yield return (nameof(EndTime), "The meeting must end after it starts.");
        }

        if (EndTime is not null && StartTime is null)
        {
            yield return (nameof(StartTime), "Enter the start time too, or clear the end time.");
        }

        if (Weekday is { } day && Date is { } date && date.DayOfWeek != day)
        {
            yield return (nameof(Weekday), $"{date:d MMMM yyyy} is a {date.DayOfWeek}, not a {day}. Check the date.");
        }

        // A time the clocks skip would reach calendars as a time that never happens, and one they repeat
        // would be a guess: the editor is asked which is meant, as when scheduling.
        var asked = false;
        foreach (var (field, time) in new[] { (nameof(StartTime), StartTime), (nameof(EndTime), EndTime) })
        {
            if (Date is { } day2 && time is { } at && !LondonClock.TryToUtc(day2, at, RepeatedTime, out _, out var refused))
            {
                var repeated = LondonClock.IsRepeated(day2, at);
                if (!repeated || !asked)
                {
                    yield return (repeated ? nameof(RepeatedTime) : field, refused!);
                }

                asked |= repeated;
            }
        }

        // A meeting is kept as the clock reading the invitation gives, and calendars read a repeated reading as
        // its first moment (RFC 5545), so the second one cannot be kept without changing its meaning.
        if (RepeatedTime == Domain.RepeatedTime.Second && RepeatedTimes().Any())
        {
            yield return (nameof(RepeatedTime), "Calendars can hold only the first of the two. If the meeting is at the second, an hour later, clear the times and give the time in the note.");
        }
    }

    /// <summary>The meeting's times that happen twice that day, for the form to ask about.</summary>
    public IEnumerable<TimeOnly> RepeatedTimes() =>
        Date is { } day ? new[] { StartTime, EndTime }.OfType<TimeOnly>().Where(t => LondonClock.IsRepeated(day, t)).Distinct() : [];

    public void CopyTo(Meeting meeting)
    {
        meeting.NetworkId = NetworkId;
        meeting.Date = Date;
        meeting.StartTime = StartTime;
        meeting.EndTime = EndTime;
        meeting.Attendance = Attendance;
        meeting.Place = Place?.Trim() ?? "";
        meeting.Note = Note?.Trim() ?? "";
        meeting.ContactId = ContactId;
    }
}
