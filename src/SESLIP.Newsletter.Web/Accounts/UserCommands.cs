using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Accounts;

/// <summary>The <c>users</c> command: the only way accounts come to exist, so there is no
/// registration page and no default account. Passwords are read from standard input, never from
/// the command line (where they would end up in shell history and process lists).</summary>
public sealed class UserCommands(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, Editing.EditorialChanges changes)
{
    public const string Usage = """
        users add <email> --role Admin|Editor   create an account; the password is read from standard input
        users reset-password <email>            set a new password (read from standard input), unlock, sign out everywhere
        users list                              list accounts with their roles
        """;

    /// <summary>The entry point of the <c>users</c> command verb.</summary>
    public static Task<int> RunVerbAsync(CommandContext context) =>
        context.Services.GetRequiredService<UserCommands>().RunAsync(context.Arguments, Console.In, context.Output, context.Error);

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var verb = args.Count > 0 ? args[0].ToLowerInvariant() : "";
        switch (verb)
        {
            case "add" when args.Count >= 2:
                return await AddAsync(args[1], RoleArgument(args), input, output, error);
            case "reset-password" when args.Count >= 2:
                return await ResetPasswordAsync(args[1], input, output, error);
            case "list":
                return await ListAsync(output);
            default:
                await error.WriteLineAsync("Usage:\n" + Usage);
                return 2;
        }
    }

    private static string? RoleArgument(IReadOnlyList<string> args)
    {
        for (var i = 2; i < args.Count; i++)
        {
            if (args[i] == "--role" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--role=", StringComparison.Ordinal))
            {
                return args[i]["--role=".Length..];
            }
        }

        return null;
    }

    private async Task<int> AddAsync(string email, string? roleName, TextReader input, TextWriter output, TextWriter error)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            await error.WriteLineAsync($"'{email}' is not an e-mail address. Usage:\n{Usage}");
            return 2;
        }

        var role = Roles.Parse(roleName);
        if (role is null)
        {
            await error.WriteLineAsync($"Give the account a role with --role Admin or --role Editor. Usage:\n{Usage}");
            return 2;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"There is already an account for {email}. To set its password use: users reset-password {email}");
            return 1;
        }

        var password = ReadPassword(input, output);
        if (password is null)
        {
            await error.WriteLineAsync("No password was given on standard input.");
            return 1;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await WriteErrorsAsync(error, created);
            return 1;
        }

        await EnsureRolesAsync();
        await changes.ExecuteAsync(_ => users.AddToRoleAsync(user, role),
            [Editing.ChangeNote.Of("AccountCreated", "Account", email, $"Account created with role {role} from the command line")], "command line");
        await output.WriteLineAsync($"Created {role} account {email}. Sign in at /account/login.");
        return 0;
    }

    private async Task<int> ResetPasswordAsync(string email, TextReader input, TextWriter output, TextWriter error)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await error.WriteLineAsync($"There is no account for {email}. To create one use: users add {email} --role Editor");
            return 1;
        }

        var password = ReadPassword(input, output);
        if (password is null)
        {
            await error.WriteLineAsync("No password was given on standard input.");
            return 1;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            await WriteErrorsAsync(error, result);
            return 1;
        }

        await changes.ExecuteAsync(async _ =>
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            },
            [Editing.ChangeNote.Of("PasswordReset", "Account", user.UserName, "Password reset from the command line; sessions ended")], "command line");
        await output.WriteLineAsync($"Password set for {user.Email}; the account is unlocked and signed out everywhere.");
        return 0;
    }

    private async Task<int> ListAsync(TextWriter output)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        if (all.Count == 0)
        {
            await output.WriteLineAsync("No accounts yet. Create one with: users add <email> --role Admin");
            return 0;
        }

        foreach (var user in all)
        {
            var userRoles = await users.GetRolesAsync(user);
            var flags = new List<string>();
            if (user.TwoFactorEnabled)
            {
                flags.Add("two-factor on");
            }
            else if (user.RequireTwoFactor)
            {
                flags.Add("must set up two-factor");
            }

            if (user.LockoutEnd > DateTimeOffset.UtcNow)
            {
                flags.Add("locked");
            }

            await output.WriteLineAsync($"{user.Email}\t{string.Join(",", userRoles)}\t{string.Join(", ", flags)}".TrimEnd());
        }

        return 0;
    }

    internal async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static async Task WriteErrorsAsync(TextWriter error, IdentityResult result)
    {
        foreach (var e in result.Errors)
        {
            await error.WriteLineAsync(e.Description);
        }
    }

    /// <summary>At a terminal the password is typed twice without echo; piped in, the first line is it.</summary>
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            output.Write("Password: ");
            var first = ReadHidden();
            output.Write("Password again: ");
            var second = ReadHidden();
            if (first != second)
            {
                output.WriteLine("The two passwords are not the same.");
                return null;
            }

            return first.Length == 0 ? null : first;
        }

        var line = input.ReadLine();
        return string.IsNullOrEmpty(line) ? null : line.TrimEnd('\r');
    }

    private static string ReadHidden()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return sb.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (sb.Length > 0)
                {
                    sb.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                sb.Append(key.KeyChar);
            }
        }
    }
}
