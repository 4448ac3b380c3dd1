using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Accounts;

public sealed class PasswordPolicyTests : IClassFixture<PasswordPolicyTests.Host>
{
    private readonly Host _host;

    public PasswordPolicyTests(Host host) => _host = host;

    public sealed class Host : NewsletterFactory
    {
        public Host() => LoadDemoContent = false;
    }

    [Theory]
    [InlineData("short pass")]
    [InlineData("Password1234!")]
    [InlineData("passwordpassword")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("abcabcabcabcabc")]
    [InlineData("correct horse battery staple")]
    [InlineData("welcome to the jungle")]
    public async Task Short_or_common_passwords_are_refused(string password) =>
        Assert.False((await ValidateAsync(password)).Succeeded, $"'{password}' was accepted");

    [Theory]
    [InlineData("plum tractor seventeen lanterns")]
    [InlineData("alllowercaseandnothingelse")]
    [InlineData("a very long passphrase that someone might actually remember because it tells a little story about a cat, a fiddle and the moon over Maidstone on a wet Tuesday in November")]
    public async Task Long_passphrases_without_composition_rules_are_accepted(string password) =>
        Assert.True((await ValidateAsync(password)).Succeeded, string.Join(" ", (await ValidateAsync(password)).Errors.Select(e => e.Description)));

    [Fact]
    public async Task A_password_containing_the_email_name_is_refused() =>
        Assert.False((await ValidateAsync("rebecca.eligon is my name", "rebecca.eligon@example.org")).Succeeded);

    private async Task<IdentityResult> ValidateAsync(string password, string email = "kim.lee@example.org")
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }
}
