using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class NetworkForm : IDirectoryForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the network's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.LongText, ErrorMessage = "The description is too long: at most {1} characters.")]
    [Display(Name = "What the network is for (Markdown)")]
    public string? Description { get; set; }

    [Display(Name = "Lead contact")]
    public int? LeadContactId { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The text is too long: at most {1} characters.")]
    [Display(Name = "How to reach it when the lead is not in the directory")]
    public string? ContactText { get; set; }

    public List<Choice> Contacts { get; set; } = [];
    public List<MeetingRow> Meetings { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static NetworkForm From(Network n) => new()
    {
        Id = n.Id, Version = n.Version, Name = n.Name, Description = n.Description, LeadContactId = n.LeadContactId, ContactText = n.ContactText,
    };

    public void CopyTo(Network n)
    {
        n.Name = Name!.Trim();
        n.Description = Description ?? "";
        n.LeadContactId = LeadContactId;
        n.ContactText = ContactText?.Trim() ?? "";
    }
}
