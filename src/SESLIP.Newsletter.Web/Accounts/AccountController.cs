using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Accounts;

/// <summary>Sign-in, sign-out, password and two-factor settings for editor accounts. There is no
/// registration: accounts are made with the <c>users</c> command.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    EditorialChanges changes,
    ILogger<AccountController> logger) : Controller
{
    // One message for an unknown address, a wrong password and a locked account, so the form
    // cannot be used to find out which addresses have accounts.
    internal const string SignInFailedMessage =
        "Sign-in failed. Check your e-mail address and password. After 5 failed attempts an account is locked for 15 minutes.";

    // Every failure costs one password hash and one audit entry, so the response time does not tell an
    // unknown address or a locked account from a wrong password: the account's own hash is never checked
    // while it is locked, so a decoy made by the same hasher is verified instead (docs/performance.md).
    private static string? _decoyHash;

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginModel { ReturnUrl = SafeReturnUrl(returnUrl) });

    [HttpPost("login")]
    [EnableRateLimiting(Policies.SignInRateLimit)]
    public async Task<IActionResult> Login(LoginModel model)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is null)
        {
            VerifyDecoy(model.Password);
            EditorLog.SignInFailed(logger, model.Email, client, "no such account");
            await changes.SaveAsync(ChangeNote.Of("SignInFailed", "Account", model.Email.Trim(), $"No such account, from {client ?? "unknown address"}"), model.Email.Trim());
            return Failed(model);
        }

        // Identity refuses a locked account before hashing anything, which a stopwatch could see.
        var result = await users.IsLockedOutAsync(user)
            ? DecoyLockedOut(model.Password)
            : await signIn.PasswordSignInAsync(user, model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            EditorLog.SignedIn(logger, user.UserName!, client);
            await changes.SaveAsync(ChangeNote.Of("SignedIn", "Account", user.UserName, $"Signed in from {client ?? "unknown address"}"), user.UserName);
            return LocalRedirect(model.ReturnUrl ?? EditorHome);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = model.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            EditorLog.LockedOut(logger, user.UserName!, client);
            await changes.SaveAsync(ChangeNote.Of("LockedOut", "Account", user.UserName, $"Sign-in refused: account locked (from {client ?? "unknown address"})"), user.UserName);
        }
        else
        {
            EditorLog.SignInFailed(logger, user.UserName!, client, "wrong password");
            await changes.SaveAsync(ChangeNote.Of("SignInFailed", "Account", user.UserName, $"Wrong password from {client ?? "unknown address"}"), user.UserName);
        }

        return Failed(model);
    }

    private void VerifyDecoy(string password)
    {
        var decoy = LazyInitializer.EnsureInitialized(ref _decoyHash, () => users.PasswordHasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));
        users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), decoy, password);
    }

    private Microsoft.AspNetCore.Identity.SignInResult DecoyLockedOut(string password)
    {
        VerifyDecoy(password);
        return Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
    }

    [HttpGet("login-2fa")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = SafeReturnUrl(returnUrl) });
        }

        return View(new TwoFactorLoginModel { ReturnUrl = SafeReturnUrl(returnUrl) });
    }

    [HttpPost("login-2fa")]
    [EnableRateLimiting(Policies.SignInRateLimit)]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginModel model)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(model.Code.Trim());
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (result.Succeeded)
        {
            EditorLog.SignedIn(logger, user.UserName!, client);
            await changes.SaveAsync(ChangeNote.Of("SignedIn", "Account", user.UserName, $"Signed in with two-factor code from {client ?? "unknown address"}"), user.UserName);
            return LocalRedirect(model.ReturnUrl ?? EditorHome);
        }

        if (result.IsLockedOut)
        {
            EditorLog.LockedOut(logger, user.UserName!, client);
        }
        else
        {
            EditorLog.SignInFailed(logger, user.UserName!, client, "wrong two-factor code");
        }

        ModelState.AddModelError(nameof(model.Code), "That code is not right. Codes change every 30 seconds: enter the one your app shows now.");
        return View(model);
    }

    [Authorize]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            // A new stamp makes every copy of the sign-in cookie worthless, not just this browser's.
            await users.UpdateSecurityStampAsync(user);
            EditorLog.SignedOut(logger, user.UserName!);
            await changes.SaveAsync(ChangeNote.Of("SignedOut", "Account", user.UserName, "Signed out"), user.UserName);
        }

        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [Authorize]
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [Authorize]
    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(new ChangePasswordModel());
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var mismatch = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch);
                ModelState.AddModelError(
                    mismatch ? nameof(model.CurrentPassword) : nameof(model.NewPassword),
                    mismatch ? "That is not your current password." : error.Description);
            }

            return View(new ChangePasswordModel());
        }

        // The change gave the account a new stamp, which ends other sessions; keep this one.
        await signIn.RefreshSignInAsync(user);
        EditorLog.PasswordChanged(logger, user.UserName!);
        await changes.SaveAsync(ChangeNote.Of("PasswordChanged", "Account", user.UserName, "Changed password; other sessions ended"), user.UserName);
        TempData[Areas.Editor.Models.EditorMessages.Done] = "Your password has been changed. You stay signed in here; other sessions have been signed out.";
        return RedirectToAction(nameof(ChangePassword));
    }

    [Authorize]
    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(await SetupModelAsync(user));
    }

    [Authorize]
    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableTwoFactor(TwoFactorSetupModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = model.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!ModelState.IsValid
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(model.Code), "That code is not right. Check the app shows SESLIP Friday Update and enter the code it shows now.");
            return View(nameof(TwoFactor), await SetupModelAsync(user));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        await changes.SaveAsync(ChangeNote.Of("TwoFactorEnabled", "Account", user.UserName, "Turned on two-factor sign-in"), user.UserName);
        EditorLog.AccountChanged(logger, user.UserName!, "turned on two-factor sign-in", user.UserName!);
        var setup = await SetupModelAsync(user);
        setup.RecoveryCodes = [.. recovery];
        return View(nameof(TwoFactor), setup);
    }

    [Authorize]
    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.RequireTwoFactor)
        {
            TempData[Areas.Editor.Models.EditorMessages.Error] = "An Admin requires two-factor sign-in for your account, so it cannot be turned off.";
            return RedirectToAction(nameof(TwoFactor));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await changes.SaveAsync(ChangeNote.Of("TwoFactorDisabled", "Account", user.UserName, "Turned off two-factor sign-in"), user.UserName);
        TempData[Areas.Editor.Models.EditorMessages.Done] = "Two-factor sign-in is off.";
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult Failed(LoginModel model)
    {
        ModelState.Clear();
        ModelState.AddModelError("", SignInFailedMessage);
        return View(nameof(Login), new LoginModel { Email = model.Email, ReturnUrl = model.ReturnUrl });
    }

    /// <summary>Where a sign-in with no return address lands.</summary>
    private string EditorHome => Url.Action("Index", "Dashboard", new { area = "Editor" })!;

    /// <summary>Only a path on this site: "//evil.example" and "/\evil.example" are refused.</summary>
    private string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private async Task<TwoFactorSetupModel> SetupModelAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";

            // A new key gives the account a new security stamp; keep this browser signed in.
            await signIn.RefreshSignInAsync(user);
        }

        const string issuer = "SESLIP Friday Update";
        var email = user.Email ?? user.UserName ?? "";
        return new TwoFactorSetupModel
        {
            Enabled = user.TwoFactorEnabled,
            Required = user.RequireTwoFactor,
            SharedKey = FormatKey(key),
            AuthenticatorUri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6"),
        };
    }

    private static string FormatKey(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return sb.ToString().TrimEnd().ToLowerInvariant();
    }
}
