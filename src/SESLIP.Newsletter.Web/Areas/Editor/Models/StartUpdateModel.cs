using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

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
