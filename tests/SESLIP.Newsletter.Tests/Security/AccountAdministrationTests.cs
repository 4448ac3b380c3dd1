using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Security;

public sealed class AccountAdministrationTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_role_change_ends_the_persons_sessions_and_is_logged()
    {
        using var admin = await _factory.SignedInAsync(Roles.Admin);
        using var editor = await _factory.SignedInAsync(Roles.Editor, "promoted@example.org");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);

        var id = await UserIdAsync("promoted@example.org");
        var response = await admin.SubmitAsync("/editor/users", $"form[action='/editor/users/{id}/role']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/editor")).StatusCode);
        using var db = _factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "RoleChanged" && a.EntityId == "promoted@example.org" && a.UserName == admin.Email));
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Admin)));
    }

    [Fact]
    public async Task An_admin_can_require_two_factor_and_the_editor_must_enrol_before_anything_else()
    {
        using var admin = await _factory.SignedInAsync(Roles.Admin);
        await _factory.CreateUserAsync("careful@example.org");
        var id = await UserIdAsync("careful@example.org");
        await admin.SubmitAsync("/editor/users", $"form[action='/editor/users/{id}/two-factor']");

        using var editor = _factory.CreateBrowser();
        await editor.SignInAsync("careful@example.org", EditorSessions.Password);
        var blocked = await editor.GetAsync("/editor");
        Assert.Equal("/account/two-factor", blocked.Headers.Location!.OriginalString);

        var setup = await editor.GetPageAsync("/account/two-factor");
        var key = setup.QuerySelector(".shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enable = await editor.SubmitAsync(setup, "form[action='/account/two-factor/enable']", new() { ["Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(10, (await EditorClient.ReadPageAsync(enable)).QuerySelectorAll("main ul.list li code").Length);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);

        // Next time, the password alone is not enough.
        using var again = _factory.CreateBrowser();
        var first = await again.SignInAsync("careful@example.org", EditorSessions.Password);
        Assert.StartsWith("/account/login-2fa", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/editor")).StatusCode);
        var wrong = await again.SubmitAsync("/account/login-2fa", "form[action='/account/login-2fa']", new() { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var right = await again.SubmitAsync("/account/login-2fa", "form[action='/account/login-2fa']", new() { ["Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/editor")).StatusCode);
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var db = _factory.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>RFC 6238 with the authenticator defaults: SHA-1, 30-second steps, 6 digits.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this computes what the phone would show.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
