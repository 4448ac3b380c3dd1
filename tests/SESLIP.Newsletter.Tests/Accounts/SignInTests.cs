using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Accounts;

public sealed class SignInTests : IDisposable
{
    private readonly LogCapture _log = new();
    private readonly NewsletterFactory _factory;

    public SignInTests()
    {
        _factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<ILogEventSink>(_log),
        };
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_editor_signs_in_and_reaches_the_editor()
    {
        using var editor = await _factory.SignedInAsync();
        var response = await editor.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Start the next update", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_address_and_wrong_password_get_the_same_answer()
    {
        await _factory.CreateUserAsync("known@example.org");
        using var browser = _factory.CreateBrowser();

        var unknown = await browser.SignInAsync("nobody@example.org", "some password or other");
        var wrong = await browser.SignInAsync("known@example.org", "some password or other");

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var unknownMessage = (await EditorClient.ReadPageAsync(unknown)).QuerySelector(".error-summary")!.TextContent.Trim();
        var wrongMessage = (await EditorClient.ReadPageAsync(wrong)).QuerySelector(".error-summary")!.TextContent.Trim();
        Assert.Equal(unknownMessage, wrongMessage);
        Assert.Null(unknown.Headers.Location);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await _factory.CreateUserAsync("target@example.org");
        using var attacker = _factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await attacker.SignInAsync("target@example.org", $"wrong guess number {i}");
        }

        var right = await attacker.SignInAsync("target@example.org", EditorSessions.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.DoesNotContain(".SESLIP.Editor=", string.Join(";", right.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);

        using var db = _factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "target@example.org");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "LockedOut" && a.UserName == "target@example.org"));
        Assert.Contains(_log.Messages, m => m.Contains("locked out", StringComparison.Ordinal) && m.Contains("target@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_events_are_logged_without_passwords_or_cookies()
    {
        await _factory.CreateUserAsync("logged@example.org");
        using var browser = _factory.CreateBrowser();
        await browser.SignInAsync("logged@example.org", "a wrong password here");
        var ok = await browser.SignInAsync("logged@example.org", EditorSessions.Password);
        var cookie = ok.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".SESLIP.Editor=", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1];

        Assert.Contains(_log.Messages, m => m.Contains("Sign-in failed for \"logged@example.org\"", StringComparison.Ordinal));
        Assert.Contains(_log.Messages, m => m.Contains("Sign-in succeeded for \"logged@example.org\"", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Messages, m => m.Contains(EditorSessions.Password, StringComparison.Ordinal) || m.Contains("a wrong password here", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Messages, m => m.Contains(cookie[..Math.Min(40, cookie.Length)], StringComparison.Ordinal));

        using var db = _factory.CreateDbContext();
        var audit = await db.AuditEntries.Select(a => a.Summary + a.Action).ToListAsync();
        Assert.Contains(audit, a => a.Contains("SignedIn", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains(EditorSessions.Password, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/editor")]
    [InlineData("http:evil.example")]
    public async Task Return_urls_off_the_site_are_ignored(string returnUrl)
    {
        await _factory.CreateUserAsync("redirect@example.org");
        using var browser = _factory.CreateBrowser();
        var response = await browser.SignInAsync("redirect@example.org", EditorSessions.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        await _factory.CreateUserAsync("local@example.org");
        using var browser = _factory.CreateBrowser();
        var response = await browser.SignInAsync("local@example.org", EditorSessions.Password, "/editor/updates/new");
        Assert.Equal("/editor/updates/new", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_makes_a_copied_cookie_worthless()
    {
        using var editor = await _factory.SignedInAsync();
        var cookie = CookieHeader(editor);
        var page = await editor.GetPageAsync("/editor");
        var signOut = await editor.SubmitAsync(page, "form[action='/account/logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var thief = _factory.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor");
        request.Headers.Add("Cookie", cookie);
        var replay = await thief.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/account/login", replay.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sessions_but_keeps_this_one()
    {
        using var here = await _factory.SignedInAsync(email: "mover@example.org");
        using var elsewhere = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.SignInAsync("mover@example.org", EditorSessions.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/editor")).StatusCode);

        var change = await here.SubmitAsync("/account/password", "form[action='/account/password']", new()
        {
            ["CurrentPassword"] = EditorSessions.Password,
            ["NewPassword"] = "a brand new passphrase for spring",
            ["ConfirmPassword"] = "a brand new passphrase for spring",
        });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task A_common_new_password_is_refused_with_a_field_message()
    {
        using var editor = await _factory.SignedInAsync();
        var response = await editor.SubmitAsync("/account/password", "form[action='/account/password']", new()
        {
            ["CurrentPassword"] = EditorSessions.Password,
            ["NewPassword"] = "Password1234!",
            ["ConfirmPassword"] = "Password1234!",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("too easy to guess", page.QuerySelector("#NewPassword-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_same_site_and_secure_over_https()
    {
        await _factory.CreateUserAsync("cookie@example.org");
        using var https = _factory.CreateBrowser("https://localhost");
        var response = await https.SignInAsync("cookie@example.org", EditorSessions.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".SESLIP.Editor=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task There_is_no_registration_and_no_account_to_start_with()
    {
        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/register")).StatusCode);
        _ = _factory.Server;
        using var scope = _factory.Services.CreateScope();
        Assert.Empty(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().Users);
    }

    private static string CookieHeader(EditorClient client) => client.CookieHeader;

    private sealed class LogCapture : ILogEventSink
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public void Emit(LogEvent logEvent)
        {
            lock (_messages)
            {
                _messages.Add(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(" ", logEvent.Properties.Select(p => p.Value.ToString())));
            }
        }
    }
}
