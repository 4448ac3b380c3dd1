using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Security;

/// <summary>Deny by default, proved over every endpoint the app actually maps rather than a list
/// someone has to remember to extend.</summary>
public sealed class EditorEndpointTests : IClassFixture<EditorEndpointTests.Host>
{
    private readonly Host _host;

    public EditorEndpointTests(Host host) => _host = host;

    public sealed class Host : NewsletterFactory
    {
        public Host() => LoadDemoContent = false;
    }

    [Fact]
    public async Task Every_editor_endpoint_refuses_an_anonymous_request_in_any_spelling()
    {
        using var client = _host.CreateBrowser();
        var requests = EditorRequests().ToList();
        Assert.True(requests.Count >= 20, $"Only {requests.Count} editor endpoints were found; the enumeration is not seeing them.");

        var failures = new List<string>();
        foreach (var (method, path) in requests)
        {
            foreach (var variant in Variants(path))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), variant);
                if (method != "GET")
                {
                    request.Content = new FormUrlEncodedContent([new("Title", "x")]);
                }

                using var response = await client.Http.SendAsync(request);
                var location = response.Headers.Location?.OriginalString ?? "";
                if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/account/login", StringComparison.Ordinal))
                {
                    failures.Add($"{method} {variant}: {(int)response.StatusCode} {location}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Anonymous requests that were not sent to sign in:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Every_editor_endpoint_requires_the_editor_or_admin_policy()
    {
        var open = EditorEndpoints()
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is Policies.Editor or Policies.Admin))
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Editor_endpoints_change_things_only_by_post()
    {
        var methods = EditorEndpoints()
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any)"])
            .Distinct()
            .ToList();
        // HEAD is GET without a body (Infrastructure/HeadRequests), so it changes nothing either.
        Assert.All(methods, m => Assert.True(m is "GET" or "HEAD" or "POST" or "(any)", $"Unexpected method {m}"));

        // The only endpoint without a method is the catch-all that answers 404 to editors.
        var any = EditorEndpoints().Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is null).Select(e => e.RoutePattern.RawText).ToList();
        Assert.Equal(["/editor/{**path}"], any);
    }

    [Fact]
    public async Task Every_unsafe_request_without_an_antiforgery_token_is_refused()
    {
        using var editor = await _host.SignedInAsync(Roles.Admin);
        var failures = new List<string>();
        // Two public forms take no token on purpose (docs/adr/0019-subscriber-double-opt-in.md): the subscribe
        // form on cached pages, and the one-click unsubscribe that mail programs post. The error page changes
        // nothing and is re-executed for a POST whose token was already checked where it was sent. No other
        // endpoint may.
        var exempt = AllEndpoints().Where(e => e.Metadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any())
            .Select(e => Path(e.RoutePattern)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/error/1", "/subscribe", "/unsubscribe/1"], exempt);
        foreach (var (method, path) in AllRequests().Where(r => r.Method == "POST" && !exempt.Contains(r.Path)))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new FormUrlEncodedContent([new("Title", "x"), new("version", "1")]),
            };
            using var response = await editor.Http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, "POSTs accepted without an antiforgery token:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task An_unknown_editor_address_still_needs_sign_in_and_then_answers_not_found()
    {
        using var anonymous = _host.CreateBrowser();
        var response = await anonymous.GetAsync("/editor/no-such-page");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var editor = await _host.SignedInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/no-such-page")).StatusCode);
    }

    [Fact]
    public async Task An_editor_is_refused_the_admin_pages()
    {
        using var editor = await _host.SignedInAsync(Roles.Editor);
        foreach (var path in new[] { "/editor/users", "/editor/audit" })
        {
            var response = await editor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private IEnumerable<RouteEndpoint> AllEndpoints()
    {
        _ = _host.Server;
        return _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
    }

    private IEnumerable<RouteEndpoint> EditorEndpoints() =>
        AllEndpoints().Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/editor", StringComparison.OrdinalIgnoreCase));

    private IEnumerable<(string Method, string Path)> EditorRequests() =>
        EditorEndpoints().SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
            .Select(m => (m, Path(e.RoutePattern))));

    private IEnumerable<(string Method, string Path)> AllRequests() =>
        AllEndpoints().SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Select(m => (m, Path(e.RoutePattern))));

    private static IEnumerable<string> Variants(string path) =>
        [path, path + "/", path.ToUpperInvariant(), path.ToUpperInvariant() + "/", "/Editor" + path["/editor".Length..]];

    /// <summary>A concrete URL for a route pattern: any id is 1, the edition line kind is meetings.</summary>
    private static string Path(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "kind" } => "meetings",
            RoutePatternParameterPart { IsCatchAll: true } => "anything",
            RoutePatternParameterPart => "1",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }
}
