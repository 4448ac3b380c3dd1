using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Accounts;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Admins manage accounts: roles, required two-factor sign-in, unlocking. Accounts are
/// created with the <c>users add</c> command, never here, so there is no password to type into a page.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("editor/users")]
public sealed class UsersController(
    UserManager<ApplicationUser> users,
    UserCommands commands,
    EditorialChanges changes,
    ILogger<UsersController> logger) : EditorController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = new List<AccountRow>();
        var me = users.GetUserId(User);
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "none";
            rows.Add(new AccountRow(user.Id, user.Email ?? user.UserName ?? "", role, user.TwoFactorEnabled, user.RequireTwoFactor,
                user.LockoutEnd > DateTimeOffset.UtcNow ? user.LockoutEnd : null, user.Id == me));
        }

        return View(rows);
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, string role)
    {
        var user = await users.FindByIdAsync(id);
        var newRole = Roles.Parse(role);
        if (user is null || newRole is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User) && newRole != Roles.Admin)
        {
            Refused("You cannot take the Admin role from yourself: ask another Admin.");
            return RedirectToAction(nameof(Index));
        }

        await commands.EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        await changes.ExecuteAsync(async _ =>
            {
                await users.RemoveFromRolesAsync(user, current);
                await users.AddToRoleAsync(user, newRole);

                // Their sessions end, so the new role applies from their next sign-in and not a cookie's old claims.
                await users.UpdateSecurityStampAsync(user);
            },
            [ChangeNote.Of("RoleChanged", "Account", user.UserName, $"Role of {user.UserName} changed from {string.Join(",", current)} to {newRole}; sessions ended")],
            Actor);
        EditorLog.RoleChanged(logger, user.UserName!, newRole, Actor);
        Status($"{user.Email} is now {(newRole == Roles.Admin ? "an Admin" : "an Editor")}. They have been signed out everywhere.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/two-factor")]
    public async Task<IActionResult> RequireTwoFactor(string id, bool require)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.RequireTwoFactor = require;
        var change = require ? "required to use two-factor sign-in" : "no longer required to use two-factor sign-in";
        await changes.ExecuteAsync(async _ =>
            {
                await users.UpdateAsync(user);
                await users.UpdateSecurityStampAsync(user);
            },
            [ChangeNote.Of("TwoFactorRequirement", "Account", user.UserName, $"{user.UserName} {change}")],
            Actor);
        EditorLog.AccountChanged(logger, user.UserName!, change, Actor);
        Status($"{user.Email} is {change}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await changes.ExecuteAsync(async _ =>
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            },
            [ChangeNote.Of("Unlocked", "Account", user.UserName, $"{user.UserName} unlocked")],
            Actor);
        EditorLog.AccountChanged(logger, user.UserName!, "unlocked", Actor);
        Status($"{user.Email} is unlocked.");
        return RedirectToAction(nameof(Index));
    }
}
