using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record UpdateRow(int Id, int Number, DateOnly IssueDate, UpdateStatus Status, DateTime? ScheduledForUtc, DateTime? PublishedAtUtc, int ItemCount)
{
    public string StatusText => Status switch
    {
        UpdateStatus.Scheduled when ScheduledForUtc is { } at => $"Scheduled for {LondonClock.ToLocal(at):ddd d MMM yyyy HH:mm}",
        UpdateStatus.Published => "Published",
        _ => "Draft",
    };
}
