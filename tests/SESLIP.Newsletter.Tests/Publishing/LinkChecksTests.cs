using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

/// <summary>Links checked against a real local web server; the site may reach it only because the test allows
/// private addresses, which production never does.</summary>
public sealed class LinkChecksTests : IAsyncLifetime
{
    private WebApplication _server = null!;
    private string _base = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/ok", () => "fine");
        _server.MapGet("/gone", () => Results.NotFound());
        _server.MapMethods("/no-head", ["HEAD"], () => Results.StatusCode(405));
        _server.MapGet("/no-head", () => "fine by GET");
        _server.MapGet("/broken", () => Results.StatusCode(500));
        await _server.StartAsync();
        _base = _server.Urls.First().TrimEnd('/');
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // The site's 5 s per link is for real sites; the suite's own load can hold a local answer up for longer.
    private const string SlowMachineTimeout = "120";

    [Fact]
    public async Task Links_that_answer_with_an_error_are_reported_and_a_refused_HEAD_falls_back_to_GET()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        factory.Settings["LinkChecks:TimeoutSeconds"] = SlowMachineTimeout;
        factory.Settings["LinkChecks:AllowPrivateAddresses"] = "true";
        var links = new[] { "ok", "gone", "no-head", "broken" }.Select(p => ("News item “x” (text)", $"{_base}/{p}"));

        var problems = await factory.Services.GetRequiredService<LinkChecks>().WhenCheckedAsync(1, 1, links);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains($"{_base}/gone answers 404", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains($"{_base}/broken answers 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_permission_a_local_address_is_never_fetched()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        factory.Settings["LinkChecks:TimeoutSeconds"] = SlowMachineTimeout;
        var problems = await factory.Services.GetRequiredService<LinkChecks>().WhenCheckedAsync(1, 1, [("Introduction", $"{_base}/ok")]);
        Assert.Contains("private or local network address", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("81.2.69.160", true)]
    [InlineData("2a00:1450:4009::1", true)]
    public void Only_public_addresses_are_checked(string address, bool isPublic) =>
        Assert.Equal(isPublic, LinkChecks.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task The_draft_page_says_links_are_being_checked_and_a_refresh_shows_the_results()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        factory.Settings["LinkChecks:TimeoutSeconds"] = SlowMachineTimeout;
        factory.Settings["LinkChecks:AllowPrivateAddresses"] = "true";
        var draft = TestUpdates.Create(900, new DateOnly(2025, 3, 21), UpdateStatus.Draft);
        draft.Items[0].Body = $"Read [the report]({_base}/gone).";
        await TestUpdates.AddAsync(factory.CreateDbContext(), draft);
        using var editor = await factory.SignedInAsync();

        var first = await editor.GetPageAsync($"/editor/updates/{draft.Id}");
        Assert.NotNull(first.QuerySelector("#checks-links-pending"));

        using (var db = factory.CreateDbContext())
        {
            var update = db.Updates.Single(u => u.Id == draft.Id);
            await factory.Services.GetRequiredService<LinkChecks>().WhenCheckedAsync(draft.Id, update.UpdatedAtUtc.Ticks, []);
        }

        var refreshed = await editor.GetPageAsync($"/editor/updates/{draft.Id}");
        Assert.Null(refreshed.QuerySelector("#checks-links-pending"));
        Assert.Contains(refreshed.QuerySelectorAll(".editor-checks li"), li => li.TextContent.Contains($"{_base}/gone answers 404", StringComparison.Ordinal));
    }
}
