using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Accounts;

/// <summary>Marks a user whom an Admin requires to use two-factor sign-in but who has not enrolled
/// yet, so the editor area can send them to enrol before anything else.</summary>
public sealed class EditorClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string MustEnrolTwoFactor = "seslip:must-enrol-2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.RequireTwoFactor && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(MustEnrolTwoFactor, "true"));
        }

        return identity;
    }
}
