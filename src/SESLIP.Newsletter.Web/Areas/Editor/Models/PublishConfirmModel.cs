using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The confirmation step before publishing: what readers will get, and the real publish button.</summary>
public sealed class PublishConfirmModel
{
    public int Id { get; init; }
    public int Number { get; init; }
    public DateOnly IssueDate { get; init; }
    public int Version { get; init; }

    /// <summary>The update's last-changed stamp (ticks) as summarised: publishing refuses if any part changed since.</summary>
    public long Changed { get; init; }
    public int NewsCount { get; init; }
    public int ReminderCount { get; init; }
    public int MeetingLineCount { get; init; }
    public int ToolsLineCount { get; init; }
    public int ContactCount { get; init; }
    public bool SendWhenPublished { get; init; }

    public string Title => $"Update no {Number}";
    public bool Empty => NewsCount + ReminderCount == 0;

    public static PublishConfirmModel From(Update update) => new()
    {
        Id = update.Id,
        Number = update.Number,
        IssueDate = update.IssueDate,
        Version = update.Version,
        Changed = update.UpdatedAtUtc.Ticks,
        NewsCount = update.Items.Count(i => i.Section == ItemSection.News),
        ReminderCount = update.Items.Count(i => i.Section == ItemSection.Reminder),
        MeetingLineCount = update.Meetings.Count,
        ToolsLineCount = update.Publications.Count,
        ContactCount = update.Contacts.Count,
        SendWhenPublished = update.SendWhenPublished,
    };
}
