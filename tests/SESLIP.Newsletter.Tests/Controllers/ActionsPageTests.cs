using System.Xml.Linq;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>/actions and /actions.atom over <see cref="ArrangedSite"/>: its actions with deadlines are in 2099 or
/// long past, so what is open does not depend on the day the tests run.</summary>
public sealed class ActionsPageTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Open_actions_are_listed_soonest_deadline_first_then_those_without_a_deadline()
    {
        var page = await site.Client.GetDocumentAsync("/actions");

        var dated = page.QuerySelectorAll("#with-deadline ~ ol .archive-entry").ToList();
        Assert.Equal(["News 1 of update 100", "News 1 of update 99"], dated.Select(e => e.QuerySelector("h3")!.Text()).ToList());
        Assert.StartsWith("By Friday 9 January 2099 (in ", dated[0].QuerySelector("p")!.Text(), StringComparison.Ordinal);
        Assert.Equal("2099-01-09", dated[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/updates/100#news-1", dated[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Update no 100, Friday 20 December 2024", dated[0].QuerySelector(".archive-entry__date")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Action for news 1.", dated[0].QuerySelector(".prose")!.Text());

        var undated = page.QuerySelectorAll("#no-deadline ~ ul .archive-entry").ToList();
        Assert.Equal(["News 2 of update 99"], undated.Select(e => e.QuerySelector("h3")!.Text()).ToList());
        Assert.Null(undated[0].QuerySelector("time[datetime='2099-01-09']"));
    }

    [Fact]
    public async Task Expired_actions_and_actions_of_drafts_are_absent()
    {
        var body = await site.Client.GetStringAsync("/actions");
        var feed = await site.Client.GetStringAsync("/actions.atom");

        foreach (var text in new[] { body, feed })
        {
            Assert.DoesNotContain("News 2 of update 100", text, StringComparison.Ordinal);
            Assert.DoesNotContain("nobody may see yet", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Action_text_goes_through_the_one_sanitised_markdown_path()
    {
        var page = await site.Client.GetDocumentAsync("/actions");

        UpdatePageTests.AssertHarmless(page);
        Assert.Contains(page.QuerySelectorAll(".archive-entry .prose"), p => p.Text().Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_advertises_its_feed_and_is_linked_from_the_navigation_and_each_action()
    {
        var actions = await site.Client.GetDocumentAsync("/actions");
        var update = await site.Client.GetDocumentAsync("/updates/100");

        Assert.Contains(actions.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == "/actions.atom");
        Assert.Equal("page", actions.QuerySelector(".service-nav a[href='/actions']")!.GetAttribute("aria-current"));
        var block = update.QuerySelector("#news-1 .item__action")!;
        Assert.Equal("/actions", block.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Deadline: Friday 9 January 2099", block.QuerySelector(".item__deadline")!.Text());
    }

    [Fact]
    public async Task The_feed_has_an_entry_per_open_action_with_its_deadline_link_and_escaped_text()
    {
        var response = await site.Client.GetAsync("/actions.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(
            [
                "Action: News 1 of update 100 — by Friday 9 January 2099",
                "Action: News 1 of update 99 — by Thursday 31 December 2099",
                "Action: News 2 of update 99 — no deadline given",
            ],
            entries.Select(e => e.Element(Atom + "title")!.Value).ToList());
        Assert.Equal("http://localhost/updates/100#news-1", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("2024-12-20T09:00:00", entries[0].Element(Atom + "updated")!.Value, StringComparison.Ordinal);
        var hostile = Html.Parse(entries[1].Element(Atom + "content")!.Value);
        UpdatePageTests.AssertHarmless(hostile);
        Assert.Contains("<script>alert(1)</script>", hostile.Body!.TextContent, StringComparison.Ordinal);
    }
}
