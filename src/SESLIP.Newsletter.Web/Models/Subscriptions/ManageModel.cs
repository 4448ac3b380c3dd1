using System.ComponentModel.DataAnnotations;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Models.Subscriptions;

/// <summary>The manage page of one subscriber, reached from the link in every e-mail.</summary>
public sealed class ManageModel
{
    public string Token { get; set; } = "";

    /// <summary>Shown so the reader knows which subscription this is; only the link's holder sees it.</summary>
    public string Email { get; set; } = "";

    public bool Confirmed { get; set; }

    [Display(Name = "Your name (optional)")]
    [StringLength(Limits.Name, ErrorMessage = "The name must be {1} characters or fewer.")]
    public string? Name { get; set; }
}
