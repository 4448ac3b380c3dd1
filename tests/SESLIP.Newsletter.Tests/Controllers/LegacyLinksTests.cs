using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>The old site's newsletter addresses, as they appear in ten years of e-mails and search results.</summary>
public sealed class LegacyLinksTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await using var db = _factory.CreateDbContext();
        await TestUpdates.AddAsync(db,
            TestUpdates.Create(377), TestUpdates.Create(491), TestUpdates.Create(499), TestUpdates.Create(552),
            TestUpdates.Create(600, status: UpdateStatus.Draft),
            TestUpdates.Create(601, status: UpdateStatus.Scheduled));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("/newsletters/update-no-499-01-april-2022/", "/updates/499")]
    [InlineData("/newsletters/update-no-499-01-april-2022", "/updates/499")]
    [InlineData("/newsletters/update-no-552-14th-april-2023", "/updates/552")]
    [InlineData("/newsletters/update-no-491-04-february-2022/", "/updates/491")]
    [InlineData("/NEWSLETTERS/UPDATE-NO-377-08-NOVEMBER-2019", "/updates/377")]
    [InlineData("/Newsletters/Update-No-377-8th-November-2019/", "/updates/377")]
    [InlineData("/newsletters/update-no-499/", "/updates/499")]
    [InlineData("/newsletters/update-no-499-01-april-2022/amp/", "/updates/499")]
    [InlineData("/newsletters/update-no-499-01-april-2022/?utm_source=mail", "/updates/499")]
    public async Task An_old_update_address_moves_permanently_to_the_update(string oldAddress, string newAddress)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await _client.SendAsync(new HttpRequestMessage(method, oldAddress));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(newAddress, response.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [InlineData("/newsletters")]
    [InlineData("/newsletters/")]
    [InlineData("/NewsLetters/")]
    public async Task The_old_newsletter_list_moves_permanently_to_the_archive(string oldAddress)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await _client.SendAsync(new HttpRequestMessage(method, oldAddress));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/updates", response.Headers.Location!.OriginalString);
        }
    }

    [Theory]
    [InlineData("/newsletters/update-no-600-01-march-2025/")]
    [InlineData("/newsletters/update-no-601-08-march-2025/")]
    [InlineData("/newsletters/update-no-9999-01-january-2030/")]
    [InlineData("/newsletters/update-no-99999999999-01-january-2030/")]
    [InlineData("/newsletters/some-other-post/")]
    public async Task An_update_that_is_not_published_gets_the_friendly_not_found_page_with_the_archive(string oldAddress)
    {
        using var response = await _client.GetAsync(oldAddress);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/updates']"));

        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, oldAddress));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task Publishing_is_what_makes_the_old_address_work()
    {
        await using (var db = _factory.CreateDbContext())
        {
            var draft = db.Updates.Single(u => u.Number == 600);
            draft.Status = UpdateStatus.Published;
            await db.SaveChangesAsync();
        }

        using var response = await _client.GetAsync("/newsletters/update-no-600-01-march-2025/");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/updates/600", response.Headers.Location!.OriginalString);
    }
}
