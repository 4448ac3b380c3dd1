using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class MeetingForm : IDirectoryForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    /// <summary>Shown, never posted: the page reads them from the meeting and its network.</summary>
    [BindNever, ValidateNever]
    public string NetworkName { get; set; } = "";

    public NewMeetingModel Fields { get; set; } = new();

    [BindNever]
    public bool IsCancelled { get; set; }

    [BindNever, ValidateNever]
    public List<Choice> Contacts { get; set; } = [];

    public ConflictModel? Conflict { get; set; }

    /// <summary>Set when the meeting was opened from an update's meetings list: saving returns there.</summary>
    [BindNever, ValidateNever]
    public int? ReturnUpdateId { get; set; }

    [BindNever, ValidateNever]
    public int? ReturnLineId { get; set; }

    public static MeetingForm From(Meeting m, string networkName) => new()
    {
        Id = m.Id,
        Version = m.Version,
        NetworkName = networkName,
        IsCancelled = m.IsCancelled,
        Fields = new NewMeetingModel
        {
            NetworkId = m.NetworkId, Date = m.Date, StartTime = m.StartTime, EndTime = m.EndTime,
            Attendance = m.Attendance, Place = m.Place, Note = m.Note, ContactId = m.ContactId,
            // A saved meeting at a repeated time already means the first (the only one the form accepts).
            RepeatedTime = m.Date is { } d && new[] { m.StartTime, m.EndTime }.OfType<TimeOnly>().Any(t => LondonClock.IsRepeated(d, t))
                ? RepeatedTime.First : null,
        },
    };
}
