using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

public sealed class UpdateBoundsTests
{
    [Theory]
    [InlineData(9999, 12, 25)]
    [InlineData(9999, 12, 31)]
    public async Task Starting_an_update_after_one_dated_at_the_calendars_end_asks_for_a_date(int year, int month, int day)
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        await TestUpdates.AddAsync(factory.CreateDbContext(), TestUpdates.Create(5, new DateOnly(year, month, day)));
        using var editor = await factory.SignedInAsync(Roles.Admin);

        var response = await editor.Http.GetAsync("/editor/updates/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("Enter the issue date", page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("6", page.QuerySelector("input[name='Number']")!.GetAttribute("value"));
    }
}
