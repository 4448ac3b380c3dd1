using System.ComponentModel.DataAnnotations;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class ScheduleModel
{
    public int Version { get; set; }

    /// <summary>The update's last-changed stamp (ticks) the editor saw.</summary>
    public long? Changed { get; set; }

    /// <summary>Publishing also queues the e-mail to subscribers, in the same transaction.</summary>
    [Display(Name = "E-mail it to subscribers when it publishes")]
    public bool SendWhenPublished { get; set; }

    [Required(ErrorMessage = "Enter the date to publish on.")]
    [Display(Name = "Publish on (date)")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the time to publish at, for example 09:00.")]
    [Display(Name = "At (UK time)")]
    public TimeOnly? Time { get; set; }
}
