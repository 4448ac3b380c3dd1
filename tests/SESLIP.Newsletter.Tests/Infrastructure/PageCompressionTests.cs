using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Public pages are compressed for browsers that accept it; sign-in and editor pages never are.</summary>
public sealed class PageCompressionTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task An_update_page_is_sent_brotli_compressed_and_reads_the_same()
    {
        using var plain = await site.Client.GetAsync("/updates/101");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/updates/101");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var decoder = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        var original = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(original, decoded.ToArray());
        Assert.True(compressed.Length * 3 < original.Length, $"{compressed.Length} bytes against {original.Length}.");
    }

    [Fact]
    public async Task The_sign_in_page_is_never_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_public_page_that_sets_a_cookie_is_never_compressed()
    {
        // Anything in front of the page may set a cookie (a load balancer's affinity, a consent banner); the
        // cookie is the reader's own, so the response must go out as it is.
        using var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IStartupFilter, SetsACookie>(),
        };
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/updates");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Set-Cookie"));
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private sealed class SetsACookie : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Response.Cookies.Append("affinity", "server-a");
                return following(context);
            });
            next(app);
        };
    }
}
