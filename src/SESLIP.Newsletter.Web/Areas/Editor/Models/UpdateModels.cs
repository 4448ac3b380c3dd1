using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class DashboardModel
{
    public List<UpdateRow> InProgress { get; init; } = [];
    public List<UpdateRow> Published { get; init; } = [];
}

public sealed record UpdateRow(int Id, int Number, DateOnly IssueDate, UpdateStatus Status, DateTime? ScheduledForUtc, DateTime? PublishedAtUtc, int ItemCount)
{
    public string StatusText => Status switch
    {
        UpdateStatus.Scheduled when ScheduledForUtc is { } at => $"Scheduled for {LondonClock.ToLocal(at):ddd d MMM yyyy HH:mm}",
        UpdateStatus.Published => "Published",
        _ => "Draft",
    };
}

/// <summary>The "Start the next update" form: number, date, intro and the reminders to carry.</summary>
public sealed class StartUpdateModel
{
    [Range(1, 99999, ErrorMessage = "The update number must be a whole number from 1 to 99999.")]
    [Display(Name = "Update number")]
    public int Number { get; set; }

    [Required(ErrorMessage = "Enter the issue date, for example 28/03/2025.")]
    [Display(Name = "Issue date")]
    public DateOnly? IssueDate { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The introduction is too long: at most {1} characters.")]
    [Display(Name = "Introduction (Markdown)")]
    public string? Intro { get; set; }

    /// <summary>Items of the previous update that may be carried forward as reminders.</summary>
    public List<CarryOption> Candidates { get; set; } = [];

    public int? PreviousNumber { get; set; }
}

public sealed class CarryOption
{
    public int ItemId { get; set; }
    public bool Carry { get; set; }
    public string Title { get; set; } = "";
    public ItemSection Section { get; set; }
    public DateOnly? RemindUntil { get; set; }
}

/// <summary>The update's own fields on its edit page.</summary>
public sealed class UpdateDetailsModel : IConflictForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Range(1, 99999, ErrorMessage = "The update number must be a whole number from 1 to 99999.")]
    [Display(Name = "Update number")]
    public int Number { get; set; }

    [Required(ErrorMessage = "Enter the issue date, for example 28/03/2025.")]
    [Display(Name = "Issue date")]
    public DateOnly? IssueDate { get; set; }

    [Display(Name = "Layout")]
    public UpdateLayout Layout { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The introduction is too long: at most {1} characters.")]
    [Display(Name = "Introduction (Markdown)")]
    public string? Intro { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The correction note is too long: at most {1} characters.")]
    [Display(Name = "Correction note (shown to readers)")]
    public string? CorrectionNote { get; set; }

    public ConflictModel? Conflict { get; set; }

    public static UpdateDetailsModel From(Update u) => new()
    {
        Id = u.Id,
        Version = u.Version,
        Number = u.Number,
        IssueDate = u.IssueDate,
        Layout = u.Layout,
        Intro = u.Intro,
    };
}

/// <summary>Everything the update's edit page shows.</summary>
public sealed class UpdateEditModel
{
    public required UpdateDetailsModel Details { get; init; }
    public UpdateStatus Status { get; init; }
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
    public List<Choice> ContactChoices { get; init; } = [];
    public ScheduleModel Schedule { get; init; } = new();
    public NewMeetingModel NewMeeting { get; init; } = new();

    public bool IsPublished => Status == UpdateStatus.Published;
    public string Title => $"Update no {Details.Number}";
}

public sealed record ItemRow(int Id, string Title, int Version, DateOnly? RemindUntil, string? PublicationTitle, bool CarriedForward);

public sealed record LineRow(int Id, string Text, bool Linked);

public sealed record CorrectionRow(DateTime CorrectedAtUtc, string Note, string CorrectedBy);

public sealed record Choice(int Id, string Text);

public sealed class ScheduleModel
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the date to publish on.")]
    [Display(Name = "Publish on (date)")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the time to publish at, for example 09:00.")]
    [Display(Name = "At (UK time)")]
    public TimeOnly? Time { get; set; }
}

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
    }

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

public sealed class ItemFormModel : IConflictForm
{
    public int UpdateId { get; set; }
    public int UpdateNumber { get; set; }
    public UpdateLayout Layout { get; set; }
    public bool UpdateIsPublished { get; set; }
    public int Id { get; set; }
    public int Version { get; set; }

    [Display(Name = "Section")]
    public ItemSection Section { get; set; }

    [Required(ErrorMessage = "Enter a title for the item.")]
    [StringLength(Limits.Title, ErrorMessage = "The title is too long: at most {1} characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The text is too long: at most {1} characters.")]
    [Display(Name = "Text (Markdown)")]
    public string? Body { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The headlines are too long: at most {1} characters.")]
    [Display(Name = "Headlines (Markdown)")]
    public string? Headlines { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The action required is too long: at most {1} characters.")]
    [Display(Name = "Action required (Markdown)")]
    public string? ActionRequired { get; set; }

    [Display(Name = "Publication from the library")]
    public int? PublicationId { get; set; }

    [Display(Name = "Remind until")]
    public DateOnly? RemindUntil { get; set; }

    public PublicationFormModel NewPublication { get; set; } = new();

    [StringLength(Limits.Line, ErrorMessage = "The correction note is too long: at most {1} characters.")]
    [Display(Name = "Correction note (shown to readers)")]
    public string? CorrectionNote { get; set; }

    public List<Choice> PublicationChoices { get; set; } = [];

    /// <summary>Set when the editor asked for a preview instead of saving.</summary>
    public SESLIP.Newsletter.Web.Models.UpdateItemContext? Preview { get; set; }

    public ConflictModel? Conflict { get; set; }

    public void CopyTo(UpdateItem item)
    {
        item.Section = Section;
        item.Title = (Title ?? "").Trim();
        item.Body = Body ?? "";
        item.Headlines = Headlines ?? "";
        item.ActionRequired = ActionRequired ?? "";
        item.PublicationId = PublicationId;
        item.RemindUntil = RemindUntil;
    }

    public static ItemFormModel From(Update update, UpdateItem item) => new()
    {
        UpdateId = update.Id,
        UpdateNumber = update.Number,
        Layout = update.Layout,
        UpdateIsPublished = update.IsPublished(),
        Id = item.Id,
        Version = item.Version,
        Section = item.Section,
        Title = item.Title,
        Body = item.Body,
        Headlines = item.Headlines,
        ActionRequired = item.ActionRequired,
        PublicationId = item.PublicationId,
        RemindUntil = item.RemindUntil,
    };
}

/// <summary>A publication added to the library from an item's form.</summary>
public sealed class PublicationFormModel
{
    [StringLength(Limits.Line, ErrorMessage = "The publication title is too long: at most {1} characters.")]
    [Display(Name = "New publication: title")]
    public string? Title { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The publisher is too long: at most {1} characters.")]
    [Display(Name = "Published by")]
    public string? Publisher { get; set; }

    [Display(Name = "Published on")]
    public DateOnly? PublishedOn { get; set; }

    [Url(ErrorMessage = "Enter a full web address starting with https://")]
    [StringLength(Limits.Url, ErrorMessage = "The web address is too long: at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher) && PublishedOn is null && string.IsNullOrWhiteSpace(Url);
}

public sealed record ItemListModel(int UpdateId, string Key, string Heading, ItemSection Section, List<ItemRow> Items, bool Editable);

public sealed record LineListModel(int UpdateId, string Kind, string Noun, List<LineRow> Lines, bool Editable)
{
    /// <summary>Lines of a published update are corrected one by one instead.</summary>
    public bool Correctable => !Editable;
}

/// <summary>A correction to one meeting, publication or contact line of a published update. Only the
/// fields of the line's kind are shown.</summary>
public sealed class LineCorrectionForm : IConflictForm
{
    public int UpdateId { get; set; }
    public int UpdateNumber { get; set; }
    public string Kind { get; set; } = "";
    public int LineId { get; set; }

    /// <summary>The update's version: a correction is a change of the whole edition.</summary>
    public int Version { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The network name is too long: at most {1} characters.")]
    [Display(Name = "Network")]
    public string? NetworkName { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The details are too long: at most {1} characters.")]
    [Display(Name = "Date, time and place")]
    public string? Details { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The text is too long: at most {1} characters.")]
    [Display(Name = "How to find out more")]
    public string? ContactText { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The line is too long: at most {1} characters.")]
    [Display(Name = "The line as readers see it")]
    public string? Text { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The roles are too long: at most {1} characters.")]
    [Display(Name = "Roles")]
    public string? Roles { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.Name, ErrorMessage = "The organisation is too long: at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.org.")]
    [StringLength(Limits.Email, ErrorMessage = "The e-mail address is too long: at most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [StringLength(Limits.Phone, ErrorMessage = "The telephone number is too long: at most {1} characters.")]
    [Display(Name = "Telephone")]
    public string? Phone { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The correction note is too long: at most {1} characters.")]
    [Display(Name = "Correction note")]
    public string? CorrectionNote { get; set; }

    public ConflictModel? Conflict { get; set; }

    /// <summary>(form field, label) pairs shown for this kind of line.</summary>
    public IReadOnlyList<(string Field, string Label)> Fields => Kind switch
    {
        "meetings" => [(nameof(NetworkName), "Network"), (nameof(Details), "Date, time and place"), (nameof(ContactText), "How to find out more")],
        "publications" => [(nameof(Text), "The line as readers see it")],
        _ => [(nameof(Name), "Name"), (nameof(Roles), "Roles"), (nameof(Organisation), "Organisation"), (nameof(Email), "E-mail address"), (nameof(Phone), "Telephone")],
    };

    public string? ValueOf(string field) => field switch
    {
        nameof(NetworkName) => NetworkName,
        nameof(Details) => Details,
        nameof(ContactText) => ContactText,
        nameof(Text) => Text,
        nameof(Roles) => Roles,
        nameof(Name) => Name,
        nameof(Organisation) => Organisation,
        nameof(Email) => Email,
        _ => Phone,
    };

    public static LineCorrectionForm? From(Update update, string kind, int lineId)
    {
        var form = new LineCorrectionForm { UpdateId = update.Id, UpdateNumber = update.Number, Kind = kind, LineId = lineId, Version = update.Version };
        switch (kind)
        {
            case "meetings" when update.Meetings.FirstOrDefault(m => m.Id == lineId) is { } m:
                (form.NetworkName, form.Details, form.ContactText) = (m.NetworkName, m.Details, m.ContactText);
                return form;
            case "publications" when update.Publications.FirstOrDefault(p => p.Id == lineId) is { } p:
                form.Text = p.Text;
                return form;
            case "contacts" when update.Contacts.FirstOrDefault(c => c.Id == lineId) is { } c:
                (form.Name, form.Roles, form.Organisation, form.Email, form.Phone) = (c.Name, c.Roles, c.Organisation, c.Email, c.Phone);
                return form;
            default:
                return null;
        }
    }

    /// <summary>Writes the corrected text into the line; the links stay as they were.</summary>
    public void ApplyTo(Update update)
    {
        switch (Kind)
        {
            case "meetings":
                var m = update.Meetings.Single(l => l.Id == LineId);
                (m.NetworkName, m.Details, m.ContactText) = ((NetworkName ?? "").Trim(), (Details ?? "").Trim(), (ContactText ?? "").Trim());
                break;
            case "publications":
                update.Publications.Single(l => l.Id == LineId).Text = (Text ?? "").Trim();
                break;
            default:
                var c = update.Contacts.Single(l => l.Id == LineId);
                (c.Name, c.Roles, c.Organisation, c.Email, c.Phone) = ((Name ?? "").Trim(), (Roles ?? "").Trim(), (Organisation ?? "").Trim(), (Email ?? "").Trim(), (Phone ?? "").Trim());
                break;
        }
    }
}
