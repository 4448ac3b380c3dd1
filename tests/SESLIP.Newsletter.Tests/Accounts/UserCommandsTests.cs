using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Accounts;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Accounts;

public sealed class UserCommandsTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Add_creates_an_account_with_its_role_and_the_password_from_standard_input()
    {
        var (exit, output, _) = await RunAsync("add editor@example.org --role Editor", "plum tractor seventeen lanterns");
        Assert.Equal(0, exit);
        Assert.Contains("Created Editor account editor@example.org", output, StringComparison.Ordinal);

        var (_, list, _) = await RunAsync("list");
        Assert.Contains("editor@example.org\tEditor", list, StringComparison.Ordinal);

        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("editor@example.org", "plum tractor seventeen lanterns")).StatusCode);
    }

    [Theory]
    [InlineData("add someone@example.org", "plum tractor seventeen lanterns", 2)]
    [InlineData("add someone@example.org --role Owner", "plum tractor seventeen lanterns", 2)]
    [InlineData("add not-an-email --role Editor", "plum tractor seventeen lanterns", 2)]
    [InlineData("add someone@example.org --role Editor", "password1234", 1)]
    [InlineData("add someone@example.org --role Editor", "", 1)]
    [InlineData("frobnicate", "", 2)]
    public async Task Bad_requests_create_nothing_and_say_why(string arguments, string password, int expectedExit)
    {
        var (exit, _, error) = await RunAsync(arguments, password);
        Assert.Equal(expectedExit, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Adding_an_existing_account_is_refused()
    {
        await RunAsync("add twice@example.org --role Editor", "plum tractor seventeen lanterns");
        var (exit, _, error) = await RunAsync("add twice@example.org --role Admin", "plum tractor seventeen lanterns");
        Assert.Equal(1, exit);
        Assert.Contains("reset-password", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_password_sets_a_new_one_unlocks_and_ends_sessions()
    {
        using var editor = await _factory.SignedInAsync(email: "forgetful@example.org");
        using (var db = _factory.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "forgetful@example.org");
            user.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        }

        var (exit, _, _) = await RunAsync("reset-password forgetful@example.org", "a different passphrase entirely");
        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor")).StatusCode);

        using var fresh = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync("forgetful@example.org", "a different passphrase entirely")).StatusCode);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string arguments, string input = "")
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<UserCommands>();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await commands.RunAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), new StringReader(input + "\n"), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
