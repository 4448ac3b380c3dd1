using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>"Publish now" leads to a confirmation step; an empty draft is never published; refusals are errors.</summary>
public sealed class PublishConfirmationTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private EditorClient _editor = null!;

    public async Task InitializeAsync()
    {
        await TestUpdates.AddAsync(_factory.CreateDbContext(), TestUpdates.Create(654, new DateOnly(2025, 3, 21)));
        _editor = await _factory.SignedInAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Publish_now_shows_what_readers_will_get_and_only_the_confirmation_publishes()
    {
        var id = await DraftAsync(655, newsItems: 2, reminderItems: 1);
        var publishNow = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/publish']");
        Assert.Equal(HttpStatusCode.Redirect, publishNow.StatusCode);
        Assert.Equal($"/editor/updates/{id}/publish", publishNow.Headers.Location!.OriginalString);
        Assert.Equal(UpdateStatus.Draft, await StatusAsync(id));

        var confirm = await _editor.GetPageAsync($"/editor/updates/{id}/publish");
        var summary = confirm.QuerySelector(".editor-publish-summary")!.TextContent;
        Assert.Contains("Update no 655", summary, StringComparison.Ordinal);
        Assert.Contains("Friday 28 March 2025", summary, StringComparison.Ordinal);
        Assert.Contains("2 items", summary, StringComparison.Ordinal);
        Assert.Contains("1 item", summary, StringComparison.Ordinal);
        Assert.Contains("2 lines", summary, StringComparison.Ordinal);
        // The checks: "Thursday 6 June" is wrong in 2025, when 6 June is a Friday.
        Assert.Contains(confirm.QuerySelectorAll(".editor-checks li"), li => li.TextContent.Contains("6 June 2025 is a Friday", StringComparison.Ordinal));

        var published = await _editor.SubmitAsync(confirm, $"main form[action='/editor/updates/{id}/publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(UpdateStatus.Published, await StatusAsync(id));
    }

    [Fact]
    public async Task An_empty_draft_is_refused_with_an_error_not_a_done_message()
    {
        var id = await DraftAsync(656, newsItems: 0, reminderItems: 0);
        var confirm = await _editor.GetPageAsync($"/editor/updates/{id}/publish");
        Assert.Null(confirm.QuerySelector("input[name='confirmed']"));
        Assert.NotNull(confirm.QuerySelector("#checks-empty"));

        // Posted anyway, as a stale page or a crafted request would.
        var refused = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/publish']", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await _editor.GetPageAsync(refused.Headers.Location!.OriginalString);
        var error = page.QuerySelector(".notification-banner--error[role='alert']");
        Assert.NotNull(error);
        Assert.Contains("has no items", error.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".notification-banner--success"));
        Assert.Equal(UpdateStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task An_empty_draft_can_be_neither_scheduled_nor_published_on_schedule()
    {
        var id = await DraftAsync(657, newsItems: 0, reminderItems: 0);
        var refused = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/schedule']", new()
        {
            ["Schedule.Date"] = "2099-01-02",
            ["Schedule.Time"] = "09:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(UpdateStatus.Draft, await StatusAsync(id));

        // Scheduled while it had items, then emptied: when its time comes it goes back to draft, unpublished.
        using (var db = _factory.CreateDbContext())
        {
            var update = await db.Updates.SingleAsync(u => u.Id == id);
            update.Status = UpdateStatus.Scheduled;
            update.ScheduledForUtc = new DateTime(2020, 1, 1, 9, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        }

        await _factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();
        Assert.Equal(UpdateStatus.Draft, await StatusAsync(id));
        using var check = _factory.CreateDbContext();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "Not published" && a.EntityId == "657"));
    }

    [Fact]
    public async Task A_refusal_to_delete_a_published_update_is_an_error()
    {
        using var db = _factory.CreateDbContext();
        var id = await db.Updates.Where(u => u.Number == 654).Select(u => u.Id).SingleAsync();
        var token = (await _editor.GetPageAsync($"/editor/updates/{id}")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await _editor.Http.PostAsync($"/editor/updates/{id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "1")]));
        var page = await _editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("cannot be deleted", page.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".notification-banner--success"));
    }

    private async Task<int> DraftAsync(int number, int newsItems, int reminderItems)
    {
        var draft = TestUpdates.Create(number, new DateOnly(2025, 3, 28).AddDays(7 * (number - 655)), UpdateStatus.Draft, newsItems: newsItems, reminderItems: reminderItems);
        draft.Meetings[0].Details = "Thursday 6 June 10am in-person Central London.";
        await TestUpdates.AddAsync(_factory.CreateDbContext(), draft);
        return draft.Id;
    }

    private async Task<UpdateStatus> StatusAsync(int id)
    {
        using var db = _factory.CreateDbContext();
        return await db.Updates.Where(u => u.Id == id).Select(u => u.Status).SingleAsync();
    }
}
