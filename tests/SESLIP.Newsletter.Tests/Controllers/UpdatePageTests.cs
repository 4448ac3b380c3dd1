using System.Net;
using AngleSharp.Dom;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class UpdatePageTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Update_page_shows_its_number_and_the_issue_date_with_the_weekday()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        Assert.Equal("Update no 101", page.QuerySelector("h1")!.Text());
        Assert.Equal("Friday 14 March 2025", page.QuerySelector(".update__date time")!.Text());
        Assert.Equal("2025-03-14", page.QuerySelector(".update__date time")!.GetAttribute("datetime"));
        Assert.StartsWith("Update no 101", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_page_keeps_the_newsletter_order_of_sections()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var headings = page.QuerySelectorAll(".update__body h2, .update__body h3").Select(h => h.Text()).ToList();
        Assert.Equal(
            [
                "Updates", "News 1 of update 101", "News 2 of update 101",
                "Reminders from previous weeks", "Future dates for network meetings", "Reminder 1 of update 101",
                "Tools & Templates",
                "Contact details", "Mark Evans", "Daryl Perilli",
            ],
            headings);
        Assert.Contains("If you have any news for update 101", page.QuerySelector(".update__intro")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_item_is_an_article_with_its_anchor_and_a_visible_permalink()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var articles = page.QuerySelectorAll("article.item");
        Assert.Equal(["news-1", "news-2", "reminder-1"], articles.Select(a => a.Id).ToList());
        foreach (var article in articles)
        {
            var permalink = article.QuerySelector(".item__permalink a")!;
            Assert.Equal($"/updates/101#{article.Id}", permalink.GetAttribute("href"));
            Assert.StartsWith("Link to this item", permalink.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Programme_layout_items_show_update_and_action_required()
    {
        var page = await _client.GetDocumentAsync("/updates/100");

        var item = page.GetElementById("news-1")!;
        var labels = item.QuerySelectorAll("h4").Select(h => h.Text()).ToList();
        Assert.Equal(["Update", "Action required"], labels);
        Assert.Contains("Body of news 1.", item.Text(), StringComparison.Ordinal);
        Assert.Contains("Action for news 1.", item.QuerySelector(".item__action")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headlines_layout_items_show_their_headlines()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var item = page.GetElementById("news-2")!;
        Assert.Equal(["Headlines"], item.QuerySelectorAll("h4").Select(h => h.Text()).ToList());
        Assert.Equal("Headline of news 2", item.QuerySelector(".prose li")!.Text());
    }

    [Fact]
    public async Task Meeting_lines_show_the_network_in_bold_and_link_to_the_contact_below()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var lines = page.QuerySelectorAll(".meeting-list__item").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("AD Safeguarding", lines[0].QuerySelector("strong")!.Text());
        Assert.Equal("AD Safeguarding: Friday 6 June 10am in-person Central London. More from Mark Evans (contact details below)", lines[0].Text());
        Assert.Equal("#contact-mark-evans", lines[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("contact-mark-evans"));
        Assert.Equal("mailto:Sian.fearn@kent.gov.uk", lines[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Tools_and_templates_lines_are_listed_as_published()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var section = page.QuerySelector("section[aria-labelledby=section-tools]")!;
        Assert.Equal(["On 7 March NSPCC published ‘Disguised compliance’: learning from case reviews"], section.QuerySelectorAll("li").Select(li => li.Text()).ToList());
    }

    [Fact]
    public async Task Contacts_show_roles_organisation_and_mail_and_phone_links()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        var mark = page.GetElementById("contact-mark-evans")!;
        Assert.Contains("CSC Workforce and AD Safeguarding Network Lead", mark.Text(), StringComparison.Ordinal);
        Assert.Contains("South East Sector-Led Improvement Programme", mark.Text(), StringComparison.Ordinal);
        var links = mark.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["mailto:Mark@markevansconsulting.co.uk", "tel:+447803147072"], links);

        var daryl = page.GetElementById("contact-daryl-perilli")!;
        Assert.DoesNotContain(daryl.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("tel:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correction_is_shown_with_its_uk_date()
    {
        var page = await _client.GetDocumentAsync("/updates/101");

        // 23:30 UTC on 17 March is still 17 March in London (GMT).
        Assert.Contains("Corrected on 17 March 2025: The AD Safeguarding meeting is on 6 June, not 5 June.", page.QuerySelector(".update__body")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Previous_and_next_links_step_over_unpublished_updates()
    {
        var latest = await _client.GetDocumentAsync("/updates/101");
        var middle = await _client.GetDocumentAsync("/updates/100");

        Assert.Equal("/updates/100", latest.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(latest.QuerySelector("a[rel=next]"));
        Assert.Equal("/updates/99", middle.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/updates/101", middle.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Breadcrumbs_lead_back_to_home_and_the_archive()
    {
        var page = await _client.GetDocumentAsync("/updates/100");

        var crumbs = page.QuerySelectorAll(".breadcrumbs__item").Select(li => li.Text()).ToList();
        Assert.Equal(["Home", "Archive", "Update no 100"], crumbs);
        Assert.Equal("page", page.QuerySelector(".breadcrumbs__item:last-child")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/updates/102")]
    [InlineData("/updates/103")]
    public async Task Draft_and_scheduled_updates_are_not_found(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody may see yet", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/updates/abc")]
    [InlineData("/updates/99999999999")]
    [InlineData("/updates/-1")]
    [InlineData("/updates/0")]
    [InlineData("/updates/4242")]
    [InlineData("/updates/101/extra")]
    [InlineData("/no-such-page")]
    public async Task Unknown_or_malformed_addresses_get_the_friendly_not_found_page(string url)
    {
        var response = await _client.GetAsync(url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("a[href='/updates']"));
    }

    [Fact]
    public async Task Not_found_answers_problem_details_to_clients_that_ask_for_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/updates/4242");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Latest_redirects_to_the_newest_published_update()
    {
        using var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/updates/latest");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/updates/101", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Editor_text_is_shown_as_harmless_text_and_never_runs()
    {
        var page = await _client.GetDocumentAsync("/updates/99");

        AssertHarmless(page);
        var item = page.GetElementById("news-1")!;
        Assert.Equal(3, item.QuerySelectorAll(".prose").Count(p => p.Text().Contains("<script>alert(1)</script>", StringComparison.Ordinal)));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".update__intro")!.Text(), StringComparison.Ordinal);
    }

    internal static void AssertHarmless(IDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"), e =>
            (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || (e.GetAttribute("href") ?? e.GetAttribute("src"))!.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style"));
    }
}
