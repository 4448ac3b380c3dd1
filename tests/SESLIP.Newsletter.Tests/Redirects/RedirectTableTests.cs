using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Redirects;

/// <summary>Other addresses of the old site, through the table an Admin keeps.</summary>
public sealed class RedirectTableTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private readonly HttpClient _client;

    public RedirectTableTests()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var db = _factory.CreateDbContext();
        db.Redirects.AddRange(
            new Redirect { OldPath = "/?p=8851", NewPath = "/updates/499" },
            new Redirect { OldPath = "/about-us", NewPath = "/accessibility" },
            new Redirect { OldPath = "/newsletters/christmas-message", NewPath = "/updates" });
        db.SaveChanges();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("/?p=8851", "/updates/499")]
    [InlineData("/?P=8851&utm_source=mail", "/updates/499")]
    [InlineData("/about-us/", "/accessibility")]
    [InlineData("/about-us", "/accessibility")]
    [InlineData("/ABOUT-US/", "/accessibility")]
    [InlineData("/about-us/?utm_source=mail", "/accessibility")]
    [InlineData("/newsletters/christmas-message/", "/updates")]
    public async Task An_address_in_the_table_moves_permanently(string oldAddress, string newAddress)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await _client.SendAsync(new HttpRequestMessage(method, oldAddress));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(newAddress, response.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [InlineData("/?p=1234")]
    [InlineData("/?utm_source=mail")]
    [InlineData("/")]
    public async Task The_home_page_still_answers_when_its_query_is_not_in_the_table(string address)
    {
        using var response = await _client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/contact-us/")]
    [InlineData("/about-us/team/")]
    [InlineData("/wp-login.php")]
    public async Task An_unknown_old_address_gets_the_friendly_not_found_page(string address)
    {
        using var response = await _client.GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/updates']"));
    }

    [Fact]
    public async Task Only_reading_requests_are_redirected()
    {
        using var response = await _client.PostAsync("/about-us/", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }
}
