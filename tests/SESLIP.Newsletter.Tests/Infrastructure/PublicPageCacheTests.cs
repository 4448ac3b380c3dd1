using System.Net;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The page cache keys a page by the query parameters it reads and nothing else.</summary>
public sealed class PublicPageCacheTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task A_campaign_link_is_served_the_copy_cached_for_the_plain_address()
    {
        using var plain = await site.Client.GetAsync("/updates/101");
        using var campaign = await site.Client.GetAsync("/updates/101?utm_source=friday-email&utm_medium=email&recipient=42");

        Assert.Equal(HttpStatusCode.OK, campaign.StatusCode);
        // The output cache answers from its store with the copy's age; a fresh render has no Age header.
        Assert.NotNull(campaign.Headers.Age);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await campaign.Content.ReadAsStringAsync());
        Assert.DoesNotContain("friday-email", await campaign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_reads_a_parameter_is_cached_per_value_of_it()
    {
        using var first = await site.Client.GetAsync("/publications?q=safeguarding");
        using var second = await site.Client.GetAsync("/publications?q=fostering");
        using var again = await site.Client.GetAsync("/publications?q=fostering&utm_source=x");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(again.Headers.Age);
    }

    [Fact]
    public async Task A_head_request_first_never_leaves_an_empty_page_in_the_cache()
    {
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/updates/100"));
        using var get = await site.Client.GetAsync("/updates/100");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Contains("Update no 100", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
