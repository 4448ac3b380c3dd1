using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class OrganisationForm : IDirectoryForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    public ConflictModel? Conflict { get; set; }

    public static OrganisationForm From(Organisation o) => new() { Id = o.Id, Version = o.Version, Name = o.Name };

    public void CopyTo(Organisation o) => o.Name = Name!.Trim();
}
