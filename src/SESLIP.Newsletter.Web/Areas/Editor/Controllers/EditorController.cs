using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Accounts;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
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
            context.Result = RedirectToAction(nameof(Accounts.AccountController.TwoFactor), "Account", new { area = "" });
            return;
        }

        await next();
    }

    /// <summary>Something was done: the next page shows it in the green "Done" banner.</summary>
    protected void Status(string message) => TempData[EditorMessages.Done] = message;

    /// <summary>Nothing (or not all) was done: the next page shows why in the red error banner.</summary>
    protected void Refused(string message) => TempData[EditorMessages.Error] = message;

    /// <summary>One message whose kind depends on the outcome.</summary>
    protected void Tell(bool done, string message)
    {
        if (done)
        {
            Status(message);
        }
        else
        {
            Refused(message);
        }
    }

    /// <summary>Both versions of a record whose save lost a race, with who saved the winner and when.</summary>
    protected static async Task<ConflictModel> CompareAsync(NewsletterDbContext db, string entityType, string entityId,
        IEnumerable<(string Label, string? Mine, string? Theirs)> fields, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return ConflictModel.Compare(fields, last?.UserName ?? "another editor", last?.AtUtc);
    }
}
