using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_unexpected_failure_shows_a_friendly_page_with_a_reference_and_no_stack_trace()
    {
        var database = new FailingDatabase();
        using var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IInterceptor>(database),
        };
        using var client = factory.CreateClient();
        database.Fail = true;

        var response = await client.GetAsync("/updates/1");
        var body = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".reference")!.TextContent));
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("database is unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at SESLIP", body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("Content-Security-Policy").Single()));
    }
}
