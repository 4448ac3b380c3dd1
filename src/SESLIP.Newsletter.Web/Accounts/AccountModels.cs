using System.ComponentModel.DataAnnotations;

namespace SESLIP.Newsletter.Web.Accounts;

public sealed class LoginModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address such as name@example.org.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(1024)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorLoginModel
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app, or a recovery code.")]
    [StringLength(40)]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(1024)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password of at least 12 characters.")]
    [StringLength(1024, MinimumLength = 12, ErrorMessage = "Use at least 12 characters; a few unrelated words make a strong password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class TwoFactorSetupModel
{
    public bool Enabled { get; set; }
    public bool Required { get; set; }
    public string SharedKey { get; set; } = "";
    public string AuthenticatorUri { get; set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; set; } = [];

    [Required(ErrorMessage = "Enter the 6-digit code your authenticator app shows.")]
    [StringLength(10)]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";
}
