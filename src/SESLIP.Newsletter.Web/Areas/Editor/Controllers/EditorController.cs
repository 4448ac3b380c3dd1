using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Every editor controller derives from this: the area, the Editor policy and antiforgery
/// on every unsafe request are declared once. <see cref="EditorAreaConvention"/> adds the policy
/// again to anything in this namespace, so forgetting the base class cannot open a hole.</summary>
[Area("Editor")]
[Authorize(Policy = Policies.Editor)]
[AutoValidateAntiforgeryToken]
public abstract class EditorController : Controller
{
    protected string Actor => User.Identity?.Name ?? "unknown";

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        // An Admin can require two-factor sign-in; until the editor has enrolled, the area is closed to them.
        if (User.HasClaim(c => c.Type == EditorClaimsPrincipalFactory.MustEnrolTwoFactor))
        {
            context.Result = Redirect("/account/two-factor");
            return;
        }

        await next();
    }

    protected void Status(string message) => TempData["Status"] = message;
}
