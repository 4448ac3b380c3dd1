using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Security;

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public SignInRateLimitTests()
    {
        _factory.Settings["Security:SignInPermitLimit"] = "3";
        // A window far longer than the test, so a busy machine cannot spread the attempts over two windows.
        _factory.Settings["Security:SignInWindowSeconds"] = "3600";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_retry_after()
    {
        using var browser = _factory.CreateBrowser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync($"guess{i}@example.org", "some password here")).StatusCode);
        }

        var limited = await browser.SignInAsync("guess4@example.org", "some password here");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reading the sign-in page is not limited, only attempts.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
    }
}
