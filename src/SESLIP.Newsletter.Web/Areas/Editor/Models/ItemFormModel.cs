using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class ItemFormModel : IConflictForm
{
    public int UpdateId { get; set; }
    public int UpdateNumber { get; set; }

    /// <summary>The update's issue date: a deadline cannot be before it, and a date in the action without a year
    /// is read as its next occurrence from it.</summary>
    public DateOnly IssueDate { get; set; }
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

    [Display(Name = "Deadline for the action")]
    public DateOnly? ActionDeadline { get; set; }

    /// <summary>The dates written in the action, offered as the deadline.</summary>
    public IReadOnlyList<DateOnly> DatesInAction => TextDates.Deadlines(ActionRequired, IssueDate);

    [Display(Name = "Publication from the library")]
    public int? PublicationId { get; set; }

    [Display(Name = "Remind until")]
    public DateOnly? RemindUntil { get; set; }

    public PublicationFormModel NewPublication { get; set; } = new();

    /// <summary>The documents of the publication the item reports, changed in the same save as the item.</summary>
    public List<DocumentField> Documents { get; set; } = [];

    /// <summary>The publication whose documents the rows were filled from, and its version then, so a change
    /// made meanwhile in the library is not overwritten unseen.</summary>
    public int? DocumentsFor { get; set; }

    public int DocumentsVersion { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The correction note is too long: at most {1} characters.")]
    [Display(Name = "Correction note")]
    public string? CorrectionNote { get; set; }

    /// <summary>Major unless the editor chooses minor: a note readers see is the safe default.</summary>
    public SESLIP.Newsletter.Web.Publishing.CorrectionKind CorrectionKind { get; set; }

    public List<Choice> PublicationChoices { get; set; } = [];

    /// <summary>Set when the editor asked for a preview instead of saving.</summary>
    public SESLIP.Newsletter.Web.Models.UpdateItemContext? Preview { get; set; }

    public ConflictModel? Conflict { get; set; }

    public void CopyTo(UpdateItem item)
    {
        item.Section = Section;
        item.Title = (Title ?? "").Trim();
        item.Body = PastedLists.ToMarkdown(Body);
        item.Headlines = PastedLists.ToMarkdown(Headlines);
        item.ActionRequired = PastedLists.ToMarkdown(ActionRequired);
        item.ActionDeadline = ActionDeadline;
        item.PublicationId = PublicationId;
        item.RemindUntil = RemindUntil;
    }

    public static ItemFormModel From(Update update, UpdateItem item) => new()
    {
        UpdateId = update.Id,
        UpdateNumber = update.Number,
        IssueDate = update.IssueDate,
        Layout = update.Layout,
        UpdateIsPublished = update.IsPublished(),
        Id = item.Id,
        Version = item.Version,
        Section = item.Section,
        Title = item.Title,
        Body = item.Body,
        Headlines = item.Headlines,
        ActionRequired = item.ActionRequired,
        ActionDeadline = item.ActionDeadline,
        PublicationId = item.PublicationId,
        RemindUntil = item.RemindUntil,
    };
}
