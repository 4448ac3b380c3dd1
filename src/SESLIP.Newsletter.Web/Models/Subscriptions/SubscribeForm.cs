using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Models.Subscriptions;

/// <summary>The subscribe form, in the footer of every page and at /subscribe.</summary>
public sealed class SubscribeForm
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(Limits.Email, ErrorMessage = "The e-mail address must be {1} characters or fewer.")]
    public string? Email { get; set; }

    [Display(Name = "Your name (optional)")]
    [StringLength(Limits.Name, ErrorMessage = "The name must be {1} characters or fewer.")]
    public string? Name { get; set; }
}
