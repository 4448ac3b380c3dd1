using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Calendars;

/// <summary>Every calendar the site serves, read back with ical.js.</summary>
public sealed class MeetingCalendarTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Theory]
    [InlineData("/meetings.ics")]
    [InlineData("/networks/ad-safeguarding.ics")]
    public async Task AD_Safeguarding_meets_in_person_in_Central_London_at_10am_London_time_on_Friday_6_June_2025(string url)
    {
        var calendar = await GetCalendarAsync(site.Factory, url);

        var meeting = Assert.Single(calendar.Events, e => e.Summary == "AD Safeguarding meeting" && e.Start.Local.StartsWith("2025-", StringComparison.Ordinal));
        Assert.Equal("2025-06-06T10:00:00", meeting.Start.Local);
        Assert.Equal("Europe/London", meeting.Start.TzId);
        Assert.False(meeting.Start.IsDate);
        Assert.Equal(new DateTime(2025, 6, 6, 9, 0, 0, DateTimeKind.Utc), meeting.Start.Utc);
        Assert.Equal(DayOfWeek.Friday, new DateTime(2025, 6, 6).DayOfWeek);
        Assert.Equal("In person, Central London", meeting.Location);
        Assert.Equal("CONFIRMED", meeting.Status);
        Assert.Equal("http://localhost/networks/ad-safeguarding", meeting.Url);
        Assert.Contains("Mark Evans", meeting.Description, StringComparison.Ordinal);

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/London", zone.TzId);
        Assert.Equal(1, zone.Standard);
        Assert.Equal(1, zone.Daylight);
    }

    [Fact]
    public async Task Every_network_calendar_and_every_meeting_file_is_valid_iCalendar()
    {
        using var db = site.Factory.CreateDbContext();
        var slugs = await db.Networks.Select(n => n.Slug).ToListAsync();
        var meetingIds = await db.Meetings.Where(m => m.Date != null).Select(m => m.Id).ToListAsync();
        Assert.NotEmpty(slugs);
        Assert.NotEmpty(meetingIds);

        foreach (var slug in slugs)
        {
            var calendar = await GetCalendarAsync(site.Factory, $"/networks/{slug}.ics");
            Assert.Equal("2.0", calendar.Version);
            Assert.All(calendar.Events, e => Assert.False(string.IsNullOrEmpty(e.Uid)));
        }

        foreach (var id in meetingIds)
        {
            var calendar = await GetCalendarAsync(site.Factory, $"/meetings/{id}.ics");
            Assert.Single(calendar.Events);
        }
    }

    [Fact]
    public async Task A_date_without_a_time_is_an_all_day_event_and_a_line_without_a_date_is_no_event()
    {
        var leadMembers = await GetCalendarAsync(site.Factory, "/networks/lead-members-group.ics");

        // "Lead Members Group: 28 March 20-1 in person": a date, no time.
        var allDay = Assert.Single(leadMembers.Events, e => e.Start.Local == "2025-03-28");
        Assert.True(allDay.Start.IsDate);
        Assert.Null(allDay.Start.Utc);
        Assert.Equal("2025-03-29", allDay.End!.Local);

        // "Early Help:  More from Rebecca Eligon": the network has no date, so its calendar has no event.
        var earlyHelp = await GetCalendarAsync(site.Factory, "/networks/early-help.ics");
        Assert.Empty(earlyHelp.Events);
        var all = await GetCalendarAsync(site.Factory, "/meetings.ics");
        Assert.DoesNotContain(all.Events, e => e.Summary.Contains("Early Help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendars_are_served_as_text_calendar_with_an_ETag_that_makes_an_unchanged_poll_a_304()
    {
        using var client = site.Factory.CreateClient();
        using var first = await client.GetAsync("/networks/ad-safeguarding.ics");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", first.Content.Headers.ContentType.CharSet);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromHours(1), first.Headers.CacheControl.MaxAge);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var poll = new HttpRequestMessage(HttpMethod.Get, "/networks/ad-safeguarding.ics");
        poll.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(poll);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var single = await client.GetAsync($"/meetings/{await MeetingIdAsync(site.Factory, "AD Safeguarding", new DateOnly(2025, 6, 6))}.ics");
        Assert.Equal("text/calendar", single.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", single.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("ad-safeguarding-2025-06-06.ics", single.Content.Headers.ContentDisposition.FileNameStar);
    }

    [Fact]
    public async Task Unknown_networks_and_meetings_have_no_calendar()
    {
        using var client = site.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/networks/no-such-network.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/999999.ics")).StatusCode);
    }

    [Fact]
    public async Task A_meeting_keeps_its_UID_across_requests_and_restarts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "restart.db")}";
        try
        {
            string uid;
            await using (var before = SeededSite.CreateFactory(new FakeTimeProvider(SeededSite.IssueDay654), connection))
            {
                await SeededSite.SeedAsync(before);
                var first = AdSafeguarding2025(await GetCalendarAsync(before, "/meetings.ics"));
                var second = AdSafeguarding2025(await GetCalendarAsync(before, "/meetings.ics"));
                uid = first.Uid;
                Assert.Equal(uid, second.Uid);
            }

            await using var after = SeededSite.CreateFactory(new FakeTimeProvider(SeededSite.IssueDay654), connection);
            Assert.Equal(uid, AdSafeguarding2025(await GetCalendarAsync(after, "/meetings.ics")).Uid);
            Assert.Equal(uid, AdSafeguarding2025(await GetCalendarAsync(after, "/networks/ad-safeguarding.ics")).Uid);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_moved_meeting_keeps_its_UID_with_a_higher_SEQUENCE_and_a_cancelled_one_stays_marked_cancelled()
    {
        await using var own = SeededSite.CreateFactory(new FakeTimeProvider(SeededSite.IssueDay654));
        await SeededSite.SeedAsync(own);
        var before = AdSafeguarding2025(await GetCalendarAsync(own, "/networks/ad-safeguarding.ics"));
        Assert.Equal(0, before.Sequence ?? 0);

        // What the editor does when a meeting moves: new date and time, SEQUENCE raised, same UID.
        var id = await MeetingIdAsync(own, "AD Safeguarding", new DateOnly(2025, 6, 6));
        using (var db = own.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            meeting.Date = new DateOnly(2025, 6, 13);
            meeting.StartTime = new TimeOnly(14, 0);
            meeting.Sequence++;
            meeting.UpdatedAtUtc = new DateTime(2025, 3, 24, 9, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        var moved = Assert.Single((await GetCalendarAsync(own, "/networks/ad-safeguarding.ics")).Events, e => e.Uid == before.Uid);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal("2025-06-13T14:00:00", moved.Start.Local);
        Assert.Equal(new DateTime(2025, 6, 13, 13, 0, 0, DateTimeKind.Utc), moved.Start.Utc);
        Assert.Equal("20250324T090000Z", moved.DtStamp?.Replace("-", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal));

        using (var db = own.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == id);
            meeting.IsCancelled = true;
            meeting.Sequence++;
            await db.SaveChangesAsync();
        }

        foreach (var url in new[] { "/networks/ad-safeguarding.ics", "/meetings.ics", $"/meetings/{id}.ics" })
        {
            var cancelled = Assert.Single((await GetCalendarAsync(own, url)).Events, e => e.Uid == before.Uid);
            Assert.Equal("CANCELLED", cancelled.Status);
            Assert.Equal(2, cancelled.Sequence);
            Assert.StartsWith("Cancelled:", cancelled.Summary, StringComparison.Ordinal);
        }
    }

    private static CalendarEventData AdSafeguarding2025(CalendarDocument calendar) =>
        Assert.Single(calendar.Events, e => e.Summary == "AD Safeguarding meeting" && e.Start.Local.StartsWith("2025-06-06", StringComparison.Ordinal));

    private static async Task<int> MeetingIdAsync(NewsletterFactory factory, string network, DateOnly date)
    {
        using var db = factory.CreateDbContext();
        return await db.Meetings.Where(m => m.Network!.Name == network && m.Date == date).Select(m => m.Id).SingleAsync();
    }

    internal static async Task<CalendarDocument> GetCalendarAsync(NewsletterFactory factory, string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/calendar") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return await IcalJs.ReadCalendarAsync(await response.Content.ReadAsStringAsync());
    }
}
