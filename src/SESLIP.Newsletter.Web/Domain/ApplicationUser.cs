using Microsoft.AspNetCore.Identity;

namespace SESLIP.Newsletter.Web.Domain;

public class ApplicationUser : IdentityUser
{
    /// <summary>Set by an Admin: the user must enrol an authenticator app before using the editor.</summary>
    public bool RequireTwoFactor { get; set; }
}
