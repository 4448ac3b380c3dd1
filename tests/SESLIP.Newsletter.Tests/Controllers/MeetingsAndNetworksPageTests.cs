using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>The meetings and network pages on 21 March 2025, the day update 654 came out.</summary>
public sealed class MeetingsAndNetworksPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task Upcoming_meetings_are_grouped_by_month_soonest_first_with_networks_still_to_confirm_listed()
    {
        var page = await _client.GetDocumentAsync("/meetings");

        Assert.Equal(["March 2025", "June 2025"], page.QuerySelectorAll(".meeting-month h2").Select(h => h.Text()));
        Assert.Equal(["AD Education", "SEND SE19", "Lead Members Group", "AD Safeguarding"], page.QuerySelectorAll(".meeting-card h3").Select(h => h.Text()));

        var adSafeguarding = page.QuerySelectorAll(".meeting-card").Single(c => c.QuerySelector("h3")!.Text() == "AD Safeguarding");
        Assert.Contains("Friday 6 June 2025, 10am", adSafeguarding.Text(), StringComparison.Ordinal);
        Assert.Contains("In person, Central London", adSafeguarding.Text(), StringComparison.Ordinal);
        Assert.Equal("2025-06-06T10:00+01:00", adSafeguarding.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains(adSafeguarding.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/contacts/mark-evans");

        var send = page.QuerySelectorAll(".meeting-card").Single(c => c.QuerySelector("h3")!.Text() == "SEND SE19");
        Assert.Contains("Wednesday 26 March 2025, 12pm to 2pm", send.Text(), StringComparison.Ordinal);
        Assert.Contains("Online", send.Text(), StringComparison.Ordinal);

        var toConfirm = page.QuerySelector("#to-be-confirmed + ul")!.Text();
        Assert.Contains("Early Help: next date to be confirmed. More from Rebecca Eligon.", toConfirm, StringComparison.Ordinal);
        Assert.Contains("QA Network: next date to be confirmed. Contact Sian.fearn@kent.gov.uk", toConfirm, StringComparison.Ordinal);
        Assert.DoesNotContain("AD Safeguarding", toConfirm, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='webcal://localhost/meetings.ics']"));
    }

    [Fact]
    public async Task Upcoming_meetings_carry_the_new_and_moved_marks_of_the_newest_update()
    {
        var page = await _client.GetDocumentAsync("/meetings");

        // The newest update (654) against the one before it (454), as the update page compares them.
        using var db = site.Factory.CreateDbContext();
        var lines = await db.Updates.Where(u => u.Number == 654 || u.Number == 454)
            .SelectMany(u => u.Meetings, (u, m) => new { u.Number, m.NetworkName, m.Details, m.MeetingId }).ToListAsync();
        var before = MeetingChanges.Before(lines.Where(l => l.Number == 454).Select(l => (l.NetworkName, l.Details)));
        var upcoming = page.QuerySelectorAll(".meeting-card").Select(c => c.QuerySelector("h3")!.Text()).ToHashSet(StringComparer.Ordinal);
        var expected = lines.Where(l => l.Number == 654 && l.MeetingId is not null && upcoming.Contains(l.NetworkName))
            .Select(l => (l.NetworkName, Mark: MeetingChanges.Of(l.NetworkName, l.Details, before).ToString()))
            .Where(l => l.Mark is "New" or "Moved").OrderBy(l => l.NetworkName, StringComparer.Ordinal).ToList();
        var marked = page.QuerySelectorAll(".meeting-card").Where(c => c.QuerySelector(".meeting-card__change") is not null)
            .Select(c => (c.QuerySelector("h3")!.Text(), c.QuerySelector(".meeting-card__change .tag")!.Text()))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(marked);
        Assert.Equal(expected, marked);
        Assert.NotNull(page.QuerySelector("a[href='/updates/654#future-meetings']"));
    }

    [Fact]
    public async Task A_meeting_leaves_the_upcoming_list_the_day_after_it_happens()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 21, 23, 30, 0, TimeSpan.Zero));
        await using var factory = SeededSite.CreateFactory(clock);
        await SeededSite.SeedAsync(factory);
        using var client = factory.CreateClient();

        // 23:30 on the day of the AD Education meeting: still listed.
        Assert.Contains("AD Education", (await client.GetDocumentAsync("/meetings")).QuerySelector(".meeting-month")!.Text(), StringComparison.Ordinal);

        clock.SetUtcNow(new DateTimeOffset(2025, 3, 22, 0, 30, 0, TimeSpan.Zero));
        using var fresh = factory.CreateClient();
        var upcoming = await fresh.GetDocumentAsync("/meetings");
        Assert.DoesNotContain(upcoming.QuerySelectorAll(".meeting-card h3"), h => h.Text() == "AD Education");
        var past = await fresh.GetDocumentAsync("/meetings/past");
        Assert.Equal("AD Education", past.QuerySelector(".meeting-card h3")!.Text());
    }

    [Fact]
    public async Task Past_meetings_are_paged_and_a_bad_page_gets_a_400_with_a_message()
    {
        var page = await _client.GetDocumentAsync("/meetings/past");
        Assert.Equal(["July 2021", "June 2021"], page.QuerySelectorAll(".meeting-month h2").Select(h => h.Text()));

        var (status, bad) = await Html.GetAsync(_client, "/meetings/past?page=-1");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not a page number", bad.QuerySelector(".error-summary")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_AD_Safeguarding_page_shows_its_next_meeting_lead_calendar_and_mentions()
    {
        var page = await _client.GetDocumentAsync("/networks/ad-safeguarding");

        Assert.Equal("AD Safeguarding", page.QuerySelector("h1")!.Text());
        Assert.Contains("Friday 6 June 2025, 10am. In person, Central London.", page.QuerySelector(".next-meeting")!.Text(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#lead-contact ~ p a"), a => a.GetAttribute("href") == "/contacts/mark-evans");
        Assert.NotNull(page.QuerySelector("a[href='webcal://localhost/networks/ad-safeguarding.ics']"));
        Assert.Equal("http://localhost/networks/ad-safeguarding.ics", page.QuerySelector("#feed-address")!.GetAttribute("value"));
        Assert.Contains("Friday 11 June 2021", page.QuerySelector("#past")!.ParentElement!.Text(), StringComparison.Ordinal);
        Assert.Equal(
            ["/updates/654#future-meetings", "/updates/454#future-meetings"],
            page.QuerySelectorAll("#in-the-update + ul a").Select(a => a.GetAttribute("href")));

        var networks = await _client.GetDocumentAsync("/networks");
        Assert.Equal(13, networks.QuerySelectorAll(".directory-list > li").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/networks/no-such-network")).StatusCode);
    }
}
