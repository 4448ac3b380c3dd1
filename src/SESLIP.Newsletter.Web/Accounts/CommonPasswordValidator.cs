using Microsoft.AspNetCore.Identity;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Accounts;

/// <summary>Refuses passwords an attacker tries first. Length is the only other rule (no composition
/// rules, as NIST SP 800-63B advises), so this list is what stops "Password1234".</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly HashSet<string> Common = LoadList();

    private static readonly string[] Sequences =
    [
        "01234567890123456789",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IsCommon(password, user.Email ?? user.UserName)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is too easy to guess: it is common, a simple sequence or contains your e-mail name. A few unrelated words make a strong password.",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email = null)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Contains(lower) || lower.Distinct().Count() <= 3)
        {
            return true;
        }

        var core = Core(lower);
        if (core.Length == 0 || Common.Contains(core) || Common.Contains(core.Replace(" ", "", StringComparison.Ordinal)))
        {
            return true;
        }

        // "passwordpassword", "qwertyqwerty": a common stem said twice is no stronger.
        for (var size = 1; size <= core.Length / 2; size++)
        {
            if (core.Length % size == 0 && string.Concat(Enumerable.Repeat(core[..size], core.Length / size)) == core
                && (size <= 3 || Common.Contains(core[..size])))
            {
                return true;
            }
        }

        var compact = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        if (compact.Length >= 6 && Sequences.Any(s => s.Contains(compact, StringComparison.Ordinal)
            || s.Contains(new string(compact.Reverse().ToArray()), StringComparison.Ordinal)))
        {
            return true;
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        return localPart is { Length: >= 4 } && lower.Contains(localPart, StringComparison.Ordinal);
    }

    private static string Core(string lower)
    {
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        // A password of digits and symbols only keeps its digits, so "123456789012" is still judged.
        return start == end ? lower.Trim() : lower[start..end];
    }

    private static HashSet<string> LoadList()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
