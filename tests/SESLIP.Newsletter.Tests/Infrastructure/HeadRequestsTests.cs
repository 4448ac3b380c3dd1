using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Uptime monitors and link checkers send HEAD: every address that answers GET answers HEAD the same
/// way, without a body. Proved over every endpoint the app maps, public and editor, on the demo content.</summary>
public sealed class HeadRequestsTests
{
    [Fact]
    public async Task Every_get_route_answers_head_with_the_same_status_and_no_body()
    {
        using var factory = new NewsletterFactory();
        factory.Settings["Sending:Enabled"] = "false";
        using var editor = await factory.SignedInAsync(Roles.Admin);
        var values = await RouteValues.LoadAsync(factory);
        var urls = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) ?? true)
            .Select(e => values.Url(e.RoutePattern))
            .Distinct()
            .ToList();
        Assert.True(urls.Count >= 40, $"Only {urls.Count} GET routes were found; the enumeration is not seeing them.");

        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var get = await editor.Http.GetAsync(url);
            using var head = await editor.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var body = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode || body.Length > 0)
            {
                failures.Add($"{url}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode} with {body.Length} bytes");
            }
        }

        Assert.True(failures.Count == 0, "HEAD did not answer as GET:\n" + string.Join('\n', failures));
    }

    /// <summary>A real value for each route parameter, from the demo content (update 654 and its records).</summary>
    private sealed record RouteValues(int UpdateId, int ItemId, int LineId, int MeetingId, int NetworkId, string NetworkSlug,
        int ContactId, string ContactSlug, int OrganisationId, int PublicationId, string PublicationSlug)
    {
        public static async Task<RouteValues> LoadAsync(NewsletterFactory factory)
        {
            using var db = factory.CreateDbContext();
            var update = await db.Updates.AsNoTracking().SingleAsync(u => u.Number == 654);
            var meeting = await db.Meetings.AsNoTracking().Include(m => m.Network).OrderBy(m => m.Id).FirstAsync();
            var contact = await db.Contacts.AsNoTracking().OrderBy(c => c.Id).FirstAsync();
            var publication = await db.Publications.AsNoTracking().OrderBy(p => p.Id).FirstAsync();
            return new(update.Id,
                await db.UpdateItems.Where(i => i.UpdateId == update.Id).Select(i => i.Id).FirstAsync(),
                await db.EditionMeetings.Where(l => l.UpdateId == update.Id).Select(l => l.Id).FirstAsync(),
                meeting.Id, meeting.NetworkId, meeting.Network!.Slug,
                contact.Id, contact.Slug,
                await db.Organisations.Select(o => o.Id).FirstAsync(),
                publication.Id, publication.Slug);
        }

        public string Url(RoutePattern pattern)
        {
            var raw = "/" + pattern.RawText!.TrimStart('/');
            var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => Value(raw, parameter.Name),
                _ => "",
            })));
            return "/" + string.Join('/', segments);
        }

        private string Value(string route, string name) => name switch
        {
            "number" => "654",
            "updateId" => $"{UpdateId}",
            "lineId" => $"{LineId}",
            "kind" => "meetings",
            "networkId" => $"{NetworkId}",
            "idOrSlug" => PublicationSlug,
            "statusCode" => "404",
            "token" => "not-a-token",
            "slug" when route.StartsWith("/networks", StringComparison.Ordinal) => NetworkSlug,
            "slug" when route.StartsWith("/contacts", StringComparison.Ordinal) => ContactSlug,
            "slug" => "update-no-654-21-march-2025",
            "id" when route.Contains("/items", StringComparison.Ordinal) => $"{ItemId}",
            "id" when route.StartsWith("/editor/updates", StringComparison.Ordinal) => $"{UpdateId}",
            "id" when route.Contains("meetings", StringComparison.Ordinal) => $"{MeetingId}",
            "id" when route.StartsWith("/editor/networks", StringComparison.Ordinal) => $"{NetworkId}",
            "id" when route.StartsWith("/editor/contacts", StringComparison.Ordinal) => $"{ContactId}",
            "id" when route.StartsWith("/editor/organisations", StringComparison.Ordinal) => $"{OrganisationId}",
            "id" when route.StartsWith("/editor/publications", StringComparison.Ordinal) => $"{PublicationId}",
            _ => "1",
        };
    }
}
