using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>Every reader's page sends as many SQL commands on an archive of 2,000 updates as on one of two: no
/// page runs a query per update, item, publication or meeting. (How long the commands take is measured by the
/// benchmarks, docs/performance.md.)</summary>
public sealed class PageCostTests(SmallAndLargeArchives sites) : IClassFixture<SmallAndLargeArchives>
{
    public static TheoryData<string> Pages => new()
    {
        "/",
        "/updates/654",
        "/updates",
        "/updates?year=2025",
        "/updates.atom",
        "/actions",
        "/actions.atom",
        "/publications",
        "/publications?page=3",
        "/meetings",
        "/meetings/past",
        "/networks/ad-safeguarding",
        "/contacts",
        "/search?q=safeguarding",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_sends_the_same_number_of_sql_commands_however_long_the_archive(string url)
    {
        // A first read since a change may store what later reads use (an edition's body, ADR 0038), and which
        // edition was read before differs between the two archives: compare the reads every later reader makes.
        await sites.Small.CountAsync(url);
        await sites.Large.CountAsync(url);
        var small = await sites.Small.CountAsync(url);
        var large = await sites.Large.CountAsync(url);

        Assert.Equal(200, small.Status);
        Assert.Equal(200, large.Status);
        Assert.InRange(small.Commands, 1, 12);
        Assert.Equal(small.Commands, large.Commands);
    }

    /// <summary>Rendered from the database, the page took eight commands (the update's split query, the previous
    /// update's meeting lines, the publications' links); from its stored body it takes one (docs/adr/0038).</summary>
    [Fact]
    public async Task An_update_page_from_its_stored_body_sends_one_sql_command_however_long_the_archive()
    {
        await sites.Small.CountAsync("/updates/654"); // the first read since the last change stores the body
        await sites.Large.CountAsync("/updates/654");

        var small = await sites.Small.CountAsync("/updates/654");
        var large = await sites.Large.CountAsync("/updates/654");

        Assert.Equal((1, 200), small);
        Assert.Equal((1, 200), large);
    }

    [Fact]
    public async Task The_large_archive_shows_a_year_at_a_time_and_bounds_a_networks_mentions()
    {
        var archive = await sites.Large.Client.GetDocumentAsync("/updates");
        var network = await sites.Large.Client.GetDocumentAsync("/networks/ad-safeguarding");

        Assert.True(archive.QuerySelectorAll(".year-nav__item").Length > 30);
        Assert.InRange(archive.QuerySelectorAll(".archive-entry").Length, 1, 53);
        var newest = archive.QuerySelector(".archive-entry")!;
        Assert.Equal(3, newest.QuerySelectorAll(".archive-entry__items li a[href*='#item-']").Length);
        Assert.StartsWith("and 2 more items", newest.QuerySelector(".archive-entry__more")!.Text(), StringComparison.Ordinal);
        Assert.Equal(20, network.QuerySelectorAll("#in-the-update ~ ul li").Length);
        Assert.Equal("/search?q=AD%20Safeguarding&sort=newest", network.QuerySelector("a[href^='/search?q=']")!.GetAttribute("href"));
    }

    /// <summary>Finding a name in item text reads every item looked through, so a network named rarely or never is
    /// looked for in the newest updates only, and its page points to search for every update.</summary>
    [Fact]
    public async Task A_networks_mentions_are_looked_for_in_the_newest_updates_and_search_covers_the_rest()
    {
        var directory = await sites.Large.Client.GetDocumentAsync("/networks");
        var slugs = directory.QuerySelectorAll(".directory-list a[href^='/networks/']")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => !href.EndsWith(".ics", StringComparison.Ordinal) && href != "/networks/ad-safeguarding")
            .Distinct()
            .ToList();

        string? quiet = null;
        foreach (var slug in slugs)
        {
            var page = await sites.Large.Client.GetDocumentAsync(slug);
            var section = page.QuerySelector("#in-the-update")!.ParentElement!;
            if (section.TextContent.Contains($"None of the newest {Web.Controllers.NetworksController.MentionWindow} updates has mentioned this network.", StringComparison.Ordinal))
            {
                Assert.NotNull(section.QuerySelector("a[href^='/search?q='][href$='sort=newest']"));
                quiet = slug;
                break;
            }
        }

        // The same network on the short archive, where the window holds every update: its listing in no 654 shows.
        Assert.NotNull(quiet);
        var small = await sites.Small.Client.GetDocumentAsync(quiet);
        Assert.Contains(small.QuerySelectorAll("#in-the-update + ul a"), a => a.GetAttribute("href") == "/updates/654#future-meetings");
        Assert.Null(small.QuerySelector("#in-the-update ~ p a[href^='/search?q=']"));
    }
}
