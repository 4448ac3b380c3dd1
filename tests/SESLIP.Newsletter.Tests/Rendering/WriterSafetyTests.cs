using System.Xml.Linq;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Calendars;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Tests.Rendering;

/// <summary>Each writer of XML, iCalendar or vCard is safe on its own: text that slipped past input cleaning
/// (an old row, a direct database edit) still gives a document a real parser reads.</summary>
public sealed class WriterSafetyTests
{
    [Fact]
    public async Task A_published_item_with_every_control_character_leaves_the_atom_feed_readable()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        using var client = factory.CreateClient();
        var update = TestUpdates.Create(7, new DateOnly(2025, 3, 7), newsItems: 1, reminderItems: 0);
        var item = update.Items.Single();
        item.Title = NastyText.Around("Title");
        item.Body = "Word line one\u000BWord line two " + NastyText.Around("body");
        update.Intro = NastyText.Around("intro");
        await TestUpdates.AddAsync(factory.CreateDbContext(), [update]);

        var response = await client.GetAsync("/updates.atom");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(text);
        var content = feed.Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")).Single().Value;
        Assert.Contains("Word line one", content, StringComparison.Ordinal);
        Assert.Contains("Word line two", content, StringComparison.Ordinal);
        Assert.True(NastyText.IsSafe(text));
    }

    [Fact]
    public async Task A_calendar_with_every_control_character_is_read_by_ical_js()
    {
        var meeting = new CalendarMeeting(
            1, "meeting-1@seslip" + NastyText.Controls, 0, false, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            NastyText.Around("Network"), "network", new DateOnly(2025, 6, 6), new TimeOnly(10, 0), new TimeOnly(12, 0),
            Attendance.InPerson, NastyText.Around("Place"), NastyText.Around("Note"), NastyText.Around("Name"),
            "a@example.org" + NastyText.Controls, NastyText.Around("Contact"));

        var text = MeetingCalendar.Build(NastyText.Around("Calendar"), [meeting], slug => new Uri("http://localhost/networks/" + slug));
        var calendar = await IcalJs.ReadCalendarAsync(text);

        var read = Assert.Single(calendar.Events);
        Assert.StartsWith("Network", read.Summary, StringComparison.Ordinal);
        Assert.All(new[] { read.Summary, read.Location, read.Description, read.Uid, calendar.Name }, v => Assert.True(NastyText.IsSafe(v), v));
        Assert.True(NastyText.IsSafe(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_vcard_with_every_control_character_is_read_by_ical_js()
    {
        var text = VCard.Write(new VCardContact(
            NastyText.Around("Name"), "name", NastyText.Around("Roles"), NastyText.Around("Org"),
            "a@example.org" + NastyText.Controls, "01234 567890", [NastyText.Around("Network")], new Uri("http://localhost/contacts/name")));

        var card = await IcalJs.ReadVCardAsync(text);

        Assert.Contains(card, p => p.Name == "fn" && p.Values[0].StartsWith("Name", StringComparison.Ordinal));
        Assert.All(card.SelectMany(p => p.Values), v => Assert.True(NastyText.IsSafe(v), v));
        Assert.True(NastyText.IsSafe(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }
}
