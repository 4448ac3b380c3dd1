using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class SubscribeRateLimitTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public SubscribeRateLimitTests()
    {
        _factory.Settings["Subscriptions:SubscribePermitLimit"] = "2";
        _factory.Settings["Subscriptions:SubscribeWindowSeconds"] = "600";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Too_many_subscribe_attempts_from_one_address_get_429_with_retry_after_and_a_friendly_message()
    {
        // No SMTP host: the messages go to the pickup folder, which is enough here.
        _factory.Settings["Email:PickupDirectory"] = Path.Combine(_factory.DataDirectory, "mail");
        using var browser = _factory.CreateBrowser();
        for (var i = 0; i < 2; i++)
        {
            var allowed = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = $"person{i}@example.org" });
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var limited = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "person3@example.org" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Contains("Too many subscription requests", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reading the form is not limited, and sign-in keeps its own words.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/subscribe")).StatusCode);
    }
}
