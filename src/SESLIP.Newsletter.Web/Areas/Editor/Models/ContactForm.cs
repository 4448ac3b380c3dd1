using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class ContactForm : IDirectoryForm
{
    public int Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(Limits.Name, ErrorMessage = "The name is too long: at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "The roles are too long: at most {1} characters.")]
    [Display(Name = "Roles")]
    public string? Roles { get; set; }

    [Display(Name = "Organisation")]
    public int? OrganisationId { get; set; }

    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.org.")]
    [StringLength(Limits.Email, ErrorMessage = "The e-mail address is too long: at most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [RegularExpression(@"^[0-9 +()\-]*$", ErrorMessage = "Enter a telephone number using digits, spaces, + and brackets only, such as 07880 787007.")]
    [StringLength(Limits.Phone, ErrorMessage = "The telephone number is too long: at most {1} characters.")]
    [Display(Name = "Telephone")]
    public string? Phone { get; set; }

    public List<Choice> Organisations { get; set; } = [];
    public ConflictModel? Conflict { get; set; }

    public static ContactForm From(Contact c) => new()
    {
        Id = c.Id, Version = c.Version, Name = c.Name, Roles = c.Roles, OrganisationId = c.OrganisationId, Email = c.Email, Phone = c.Phone,
    };

    public void CopyTo(Contact c)
    {
        c.Name = Name!.Trim();
        c.Roles = Roles?.Trim() ?? "";
        c.OrganisationId = OrganisationId;
        c.Email = Email?.Trim() ?? "";
        c.Phone = Phone?.Trim() ?? "";
    }
}
