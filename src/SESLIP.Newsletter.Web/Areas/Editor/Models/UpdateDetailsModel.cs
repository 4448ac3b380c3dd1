using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

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
    [Display(Name = "Correction note")]
    public string? CorrectionNote { get; set; }

    /// <summary>Major unless the editor chooses minor: a note readers see is the safe default.</summary>
    public SESLIP.Newsletter.Web.Publishing.CorrectionKind CorrectionKind { get; set; }

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
