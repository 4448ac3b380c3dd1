using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.BrowserTests.Infrastructure;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>The import report beside an imported update (the demo content is imported at start), so the
/// programme manager can fix the archive in the browser.</summary>
[Collection(EditorSite.Name)]
public sealed class ImportReportPageTests(EditorSiteFixture site) : BrowserTest(site)
{
    [Theory]
    [InlineData(Viewport.DesktopWidth)]
    [InlineData(Viewport.PhoneWidth)]
    public async Task The_update_editor_page_shows_the_import_report_accessibly(int width)
    {
        int id, lines;
        await using (var db = Site.Factory.CreateDbContext())
        {
            id = await db.Updates.Where(u => u.Number == 654).Select(u => u.Id).SingleAsync();
            lines = await db.ImportReports.Where(r => r.UpdateId == id).Select(r => r.Lines.Count).SingleAsync();
        }

        var page = await NewPageAsync(width, await site.SignedInAsync(EditorSiteFixture.EditorEmail, EditorSiteFixture.Password));
        var response = await page.GotoAsync($"/editor/updates/{id}");

        Assert.Equal(200, response?.Status);
        var report = page.Locator("section[aria-labelledby=import-report-heading]");
        await Assertions.Expect(report).ToContainTextAsync("Imported from update-0654.txt");
        await Assertions.Expect(report).ToContainTextAsync("archive layout D");
        await Assertions.Expect(report.Locator("li")).ToHaveCountAsync(lines);
        await PageChecks.AssertNoAxeViolationsAsync(page);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
        ProblemsOn(page).AssertNone();
    }
}
