using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>Contact and network references on update pages lead to the directory.</summary>
public sealed class UpdatePageLinksTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task More_from_Mark_Evans_and_the_AD_Safeguarding_line_link_to_his_entry_and_the_network_page()
    {
        var page = await _client.GetDocumentAsync("/updates/654");

        var line = Assert.Single(page.QuerySelectorAll("#future-meetings li"), li => li.Text().StartsWith("AD Safeguarding:", StringComparison.Ordinal));
        Assert.StartsWith("AD Safeguarding: Friday 6 June 10am in-person Central London", line.Text(), StringComparison.Ordinal);
        Assert.EndsWith("More from Mark Evans (contact details below)", line.Text(), StringComparison.Ordinal);
        Assert.Equal(["/networks/ad-safeguarding", "/contacts/mark-evans"], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("[aria-labelledby=section-contacts] h3 a"), a => a.GetAttribute("href") == "/contacts/mark-evans");
    }

    [Theory]
    [InlineData("/updates/654")]
    [InlineData("/updates/454")]
    public async Task Every_contact_and_network_link_on_an_update_page_resolves(string url)
    {
        var page = await _client.GetDocumentAsync(url);

        var links = page.QuerySelectorAll("a[href^='/contacts/'], a[href^='/networks/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Contains(links, l => l.StartsWith("/contacts/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/networks/", StringComparison.Ordinal));
        foreach (var link in links)
        {
            using var response = await _client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Someone_who_is_not_in_the_directory_stays_plain_text()
    {
        var page = await _client.GetDocumentAsync("/updates/454");

        // "Data Benchmarking: … More information from Alastair Lee": update 454 does not list him.
        var line = Assert.Single(page.QuerySelectorAll("#future-meetings li"), li => li.Text().StartsWith("Data Benchmarking:", StringComparison.Ordinal));
        Assert.Contains("More information from Alastair Lee (contact details below)", line.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(line.QuerySelectorAll("a"), a => a.Text().Contains("Alastair", StringComparison.Ordinal));
        Assert.Equal("/networks/data-benchmarking", line.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Contact_details_below_in_the_text_of_an_update_links_to_the_person()
    {
        var page = await _client.GetDocumentAsync("/updates/454");

        // "please contact Richard Tyndall, SESLI Programme Manager (details below)" and
        // "For more information please contact Chris Owen (details below)".
        var hrefs = page.QuerySelectorAll(".update__intro a, .item a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Richard Tyndall", "/contacts/richard-tyndall"), hrefs);
        Assert.Contains(("Chris Owen", "/contacts/chris-owen"), hrefs);
    }
}
