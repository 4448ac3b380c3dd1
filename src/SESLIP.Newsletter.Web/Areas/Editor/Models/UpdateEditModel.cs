using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>Everything the update's edit page shows.</summary>
public sealed class UpdateEditModel
{
    public required UpdateDetailsModel Details { get; init; }
    public UpdateStatus Status { get; init; }

    /// <summary>The update's last-changed stamp (ticks) as shown: publishing refuses if any part changed since.</summary>
    public long Changed { get; init; }
    public DateTime? ScheduledForUtc { get; init; }
    public DateTime? PublishedAtUtc { get; init; }
    public List<ItemRow> News { get; init; } = [];
    public List<ItemRow> Reminders { get; init; } = [];
    public List<LineRow> Meetings { get; init; } = [];
    public List<LineRow> Publications { get; init; } = [];
    public List<LineRow> Contacts { get; init; } = [];
    public List<CorrectionRow> Corrections { get; init; } = [];
    public List<Choice> MeetingChoices { get; init; } = [];
    public List<Choice> NetworkChoices { get; init; } = [];
    public List<Choice> PublicationChoices { get; init; } = [];

    /// <summary>This week's publications, oldest first: those the items report and those published in the week
    /// before the issue date, offered first for Tools &amp; Templates.</summary>
    public List<Choice> SuggestedPublications { get; init; } = [];
    public PublicationFormModel NewPublication { get; init; } = new();
    public List<Choice> ContactChoices { get; init; } = [];
    public ScheduleModel Schedule { get; init; } = new();
    public NewMeetingModel NewMeeting { get; init; } = new();

    /// <summary>The e-mail block: progress from the outbox and the confirmed subscribers it would go to.</summary>
    public SendingPanelModel? Sending { get; init; }
    /// <summary>What the importer reported for this update; null when it was written in the editor.</summary>
    public ImportReportModel? Import { get; init; }

    public bool IsPublished => Status.IsPublished();
    public string Title => $"Update no {Details.Number}";
}
