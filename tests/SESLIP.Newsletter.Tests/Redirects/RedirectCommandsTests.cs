using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Redirects;

public sealed class RedirectCommandsTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"redirects-{Guid.NewGuid():n}.csv");

    public void Dispose()
    {
        File.Delete(_file);
        _factory.Dispose();
    }

    [Fact]
    public async Task Import_loads_the_file_and_running_it_again_changes_nothing()
    {
        await File.WriteAllTextAsync(_file, """
            old path,new path
            /?p=8851,/updates/499
            "https://www.seslip.co.uk/About-Us/", /accessibility

            /publications-2/,/publications
            /publications-2,/publications
            """);

        var (exit, output, error) = await RunAsync("import", _file);
        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("3 added, 0 changed, 0 already as in the file", output, StringComparison.Ordinal);

        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var moved = await client.GetAsync("/about-us/");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/accessibility", moved.Headers.Location!.OriginalString);

        (exit, output, _) = await RunAsync("import", _file);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("0 added, 0 changed, 3 already as in the file", output, StringComparison.Ordinal);

        await using var db = _factory.CreateDbContext();
        Assert.Equal(3, await db.Redirects.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "Redirect" && a.Action == "Imported"));

        (exit, output, _) = await RunAsync("list");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("/?p=8851\t/updates/499", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_target_is_updated_on_reimport()
    {
        await File.WriteAllTextAsync(_file, "/about-us/,/accessibility\n");
        await RunAsync("import", _file);
        await File.WriteAllTextAsync(_file, "/about-us/,/networks\n/contact/,/contacts\n");
        var (exit, output, _) = await RunAsync("import", _file);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("1 added, 1 changed, 0 already", output, StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        Assert.Equal("/networks", await db.Redirects.Where(r => r.OldPath == "/about-us").Select(r => r.NewPath).SingleAsync());
    }

    [Fact]
    public async Task Bad_rows_are_each_reported_with_their_line_and_nothing_is_imported()
    {
        await File.WriteAllTextAsync(_file, string.Join('\n',
            "old,new",
            "/good/,/updates",
            "/evil/,https://evil.example/",
            "/evil-too/,//evil.example",
            "/sneaky/,/\\evil.example",
            "/three/,/a,/b",
            "/good/,/networks",
            "not-a-path,/updates"));

        var (exit, _, error) = await RunAsync("import", _file);
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("line 3:", error, StringComparison.Ordinal);
        Assert.Contains("https://evil.example/", error, StringComparison.Ordinal);
        Assert.Contains("line 4:", error, StringComparison.Ordinal);
        Assert.Contains("line 5:", error, StringComparison.Ordinal);
        Assert.Contains("line 6: expected two columns", error, StringComparison.Ordinal);
        Assert.Contains("line 7: the old address /good is already on line 2", error, StringComparison.Ordinal);
        Assert.Contains("line 8:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", error, StringComparison.Ordinal);

        await using var db = _factory.CreateDbContext();
        Assert.False(await db.Redirects.AnyAsync());
    }

    [Theory]
    [InlineData("import")]
    [InlineData("frobnicate")]
    public async Task A_bad_request_says_how_to_use_the_command(string arguments)
    {
        var (exit, _, error) = await RunAsync(arguments.Split(' '));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("redirects import <file.csv>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await RunAsync("import", "/no/such/file.csv");
        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("/no/such/file.csv", error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.ExecuteAsync(_factory.Services, new CommandInvocation("redirects", arguments, []), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
