namespace SESLIP.Newsletter.Web.Domain;

/// <summary>One numbered Friday Update. Everything it shows readers is owned by it (items and the
/// edition copies of meetings, publications and contacts), so a published edition never changes
/// when the living directory does. See docs/adr/0002-frozen-editions.md.</summary>
public class Update : IVersioned
{
    public int Id { get; set; }
    public int Number { get; set; }
    public DateOnly IssueDate { get; set; }

    /// <summary>Markdown shown above the items ("If you have any news...").</summary>
    public string Intro { get; set; } = "";

    public UpdateLayout Layout { get; set; } = UpdateLayout.Headlines;
    public UpdateStatus Status { get; set; } = UpdateStatus.Draft;

    /// <summary>UTC instant at which the scheduler publishes a <see cref="UpdateStatus.Scheduled"/> update.</summary>
    public DateTime? ScheduledForUtc { get; set; }

    /// <summary>The editor's choice that publishing (on schedule or now) also queues the e-mail to subscribers, in
    /// the same transaction. Spent once queued, and never acted on for an update that has been sent before.</summary>
    public bool SendWhenPublished { get; set; }

    /// <summary>UTC instant it was (first) published.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }

    public List<UpdateItem> Items { get; set; } = [];
    public List<EditionMeeting> Meetings { get; set; } = [];
    public List<EditionPublication> Publications { get; set; } = [];
    public List<EditionContact> Contacts { get; set; } = [];
    public List<UpdateCorrection> Corrections { get; set; } = [];

    public string Title => $"Update no {Number}";
}

public enum UpdateStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
}

/// <summary>The two layouts the newsletter has used: 2020–2022 items read "Programme / Update /
/// Action Required"; from 2023 they read "title / On date X published Y / Headlines".</summary>
public enum UpdateLayout
{
    ProgrammeUpdate = 0,
    Headlines = 1,
}
