using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>A meeting at a time that happens twice (the night the clocks go back) shows which of the two it
/// is, as a choice that works by keyboard and passes axe at both widths.</summary>
[Collection(EditorSite.Name)]
public sealed class MeetingFormTests(EditorSiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(Viewport.DesktopWidth)]
    [InlineData(Viewport.PhoneWidth)]
    public async Task A_meeting_at_a_repeated_time_shows_which_one_it_is_on_an_accessible_form(int width)
    {
        int id;
        await using (var db = Site.Factory.CreateDbContext())
        {
            var network = await db.Networks.OrderBy(n => n.Id).FirstAsync();
            var meeting = new Meeting
            {
                NetworkId = network.Id, Date = new DateOnly(2026, 10, 25), StartTime = new TimeOnly(1, 30),
                Place = $"Night shift handover {width}", Uid = MeetingUid.New(), UpdatedAtUtc = DateTime.UtcNow,
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            id = meeting.Id;
        }

        var page = await NewPageAsync(width, await Site.SignedInAsync(EditorSiteFixture.EditorEmail, EditorSiteFixture.Password));
        await page.GotoAsync($"/editor/meetings/{id}");

        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which 01:30?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("The first 01:30, in British Summer Time")).ToBeCheckedAsync();
        await PageChecks.AssertNoAxeViolationsAsync(page);
        if (width == Viewport.PhoneWidth)
        {
            await PageChecks.AssertNoHorizontalScrollAsync(page);
        }
        else
        {
            await PageChecks.AssertKeyboardNavigableAsync(page);
        }

        ProblemsOn(page).AssertNone();
    }
}
