using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class PreviewRateLimitTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public PreviewRateLimitTests()
    {
        _factory.Settings["PreviewLinks:PermitLimit"] = "2";
        _factory.Settings["PreviewLinks:WindowSeconds"] = "600";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Guessing_preview_tokens_from_one_address_is_stopped_with_429_and_its_own_words()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/preview/guess{i}")).StatusCode);
        }

        var limited = await client.GetAsync("/preview/guess3");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Contains("Too many preview pages", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Other pages keep their own limits.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/subscribe")).StatusCode);
    }
}
