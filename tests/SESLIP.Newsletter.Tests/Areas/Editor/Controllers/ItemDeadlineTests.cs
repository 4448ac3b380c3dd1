using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>The deadline of an item's action: offered from the dates in the action, refused before the issue date.</summary>
public sealed class ItemDeadlineTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private EditorClient _editor = null!;

    public async Task InitializeAsync() => _editor = await _factory.SignedInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task The_form_offers_the_dates_in_the_action_refuses_a_deadline_before_the_issue_and_saves_a_good_one()
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var updateId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        DateOnly issue;
        using (var db = _factory.CreateDbContext())
        {
            issue = await db.Updates.Where(u => u.Id == updateId).Select(u => u.IssueDate).SingleAsync();
        }

        var url = $"/editor/updates/{updateId}/items/new?section=News";
        var later = issue.AddDays(20);
        var fields = new Dictionary<string, string?>
        {
            ["Title"] = "Workforce survey",
            ["ActionRequired"] = $"Reply by {Dates.DayMonth(later)}.",
            ["submit"] = "preview",
        };

        var preview = await EditorClient.ReadPageAsync(await _editor.SubmitAsync(url, "main form[method='post']", fields));
        Assert.Equal($"Dates found in the action: {Dates.DayMonthYear(later)}", preview.QuerySelector(".deadline-choices__intro")!.Text());
        Assert.Equal(Dates.Iso(later), preview.QuerySelector(".deadline-choices time")!.GetAttribute("datetime"));
        Assert.Contains("ActionDeadline-found", preview.QuerySelector("#ActionDeadline")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);

        fields["submit"] = "save";
        fields["ActionDeadline"] = Dates.Iso(issue.AddDays(-1));
        var refused = await _editor.SubmitAsync(url, "main form[method='post']", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await EditorClient.ReadPageAsync(refused);
        Assert.Contains($"on or after the update's issue date, {Dates.WithWeekday(issue)}", form.QuerySelector("#ActionDeadline-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Workforce survey", form.QuerySelector("#Title")!.GetAttribute("value"));

        fields["ActionDeadline"] = Dates.Iso(later);
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitAsync(url, "main form[method='post']", fields)).StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            var item = await db.UpdateItems.SingleAsync(i => i.UpdateId == updateId && i.Title == "Workforce survey");
            Assert.Equal(later, item.ActionDeadline);
        }
    }

    [Fact]
    public async Task A_deadline_without_an_action_is_refused_with_a_message()
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var updateId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

        var refused = await _editor.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "No action here",
            ["ActionDeadline"] = "2099-01-09",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Write the action this deadline is for", (await EditorClient.ReadPageAsync(refused)).QuerySelector("#ActionDeadline-error")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_that_gives_a_published_item_a_deadline_evicts_the_open_actions_page()
    {
        var update = TestUpdates.Create(654, new DateOnly(2025, 3, 21));
        await TestUpdates.AddAsync(_factory.CreateDbContext(), update);
        using var reader = _factory.CreateBrowser();
        Assert.DoesNotContain("News 1 of update 654", await (await reader.GetAsync("/actions")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var itemId = update.Items.Single(i => i.Title == "News 1 of update 654").Id;
        var corrected = await _editor.SubmitAsync($"/editor/updates/{update.Id}/items/{itemId}", "main form[method='post']", new()
        {
            ["ActionRequired"] = "Book a place by 9 January 2099.",
            ["ActionDeadline"] = "2099-01-09",
            ["CorrectionKind"] = "Major",
            ["CorrectionNote"] = "Added the booking deadline.",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var page = Html.Parse(await (await reader.GetAsync("/actions")).Content.ReadAsStringAsync());
        var entry = page.QuerySelector("#with-deadline ~ ol .archive-entry")!;
        Assert.Equal("News 1 of update 654", entry.QuerySelector("h3")!.Text());
        Assert.Contains("Friday 9 January 2099", entry.Text(), StringComparison.Ordinal);
    }
}
