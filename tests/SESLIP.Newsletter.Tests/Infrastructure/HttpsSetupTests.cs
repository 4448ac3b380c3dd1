using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Behind a proxy that terminates TLS: the forwarded scheme is believed from a configured proxy only,
/// and HSTS and HTTPS redirection follow it (docs/deployment.md, "Behind a reverse proxy").</summary>
public sealed class HttpsSetupTests : IClassFixture<HttpsSetupTests.Site>
{
    private const string Proxy = "10.0.0.2";
    private readonly Site _site;

    public HttpsSetupTests(Site site) => _site = site;

    public sealed class Site : NewsletterFactory
    {
        public Site()
        {
            LoadDemoContent = false;
            Settings["ForwardedHeaders:KnownProxies"] = Proxy;
            Settings["ForwardedHeaders:KnownNetworks:0"] = "192.168.10.0/24";
            Settings["HTTPS_PORT"] = "443";
            Settings["Sending:Enabled"] = "false";
        }
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData("192.168.10.7")]
    public async Task Https_forwarded_by_a_known_proxy_is_served_with_hsts_and_not_redirected(string proxy)
    {
        var context = await SendAsync(proxy, "https", forwardedFor: "198.51.100.7");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("max-age=", context.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_forwarded_by_a_known_proxy_is_redirected_to_https()
    {
        var context = await SendAsync(Proxy, "http");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        Assert.Equal("https://fridayupdate.example.org/updates", context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        var context = await SendAsync("203.0.113.9", "https");

        // Still plain HTTP: redirected, and no HSTS, which a browser would ignore over HTTP anyway.
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        Assert.True(string.IsNullOrEmpty(context.Response.Headers.StrictTransportSecurity));
    }

    private Task<HttpContext> SendAsync(string from, string scheme, string? forwardedFor = null) =>
        _site.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("fridayupdate.example.org");
            context.Request.Path = "/updates";
            context.Request.Headers["X-Forwarded-Proto"] = scheme;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
        });
}
