using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class HealthCheckTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Probes_answer_healthy_when_the_database_is_reachable(string url)
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_but_liveness_holds_when_the_database_is_down()
    {
        var database = new FailingDatabase();
        using var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IInterceptor>(database),
        };
        using var client = factory.CreateClient();
        database.Fail = true;

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
