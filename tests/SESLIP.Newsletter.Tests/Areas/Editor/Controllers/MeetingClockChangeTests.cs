using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>On the night the clocks go back, 01:00–01:59 happens twice: the meeting form asks which one is
/// meant instead of guessing, and keeps what the editor typed while it asks.</summary>
public sealed class MeetingClockChangeTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new();
    private EditorClient _editor = null!;

    public async Task InitializeAsync() => _editor = await _factory.SignedInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_meeting_at_a_repeated_time_is_saved_only_once_the_editor_says_which_one()
    {
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "QA Network").Select(n => n.Id).SingleAsync();
        }

        var asked = await _editor.SubmitAsync($"/editor/networks/{networkId}/meetings/new", "main form[method='post']", new()
        {
            ["Fields.Date"] = "2026-10-25",
            ["Fields.StartTime"] = "01:30",
            ["Fields.Place"] = "Night shift handover",
        });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await EditorClient.ReadPageAsync(asked);
        Assert.Contains("happens twice", page.QuerySelector("#Fields_RepeatedTime-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Night shift handover", page.QuerySelector("#Meeting-Place")!.GetAttribute("value"));
        Assert.Contains("British Summer Time", page.QuerySelector("label[for='Fields_RepeatedTime']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Greenwich Mean Time", page.QuerySelector("label[for='Fields_RepeatedTime-second']")!.TextContent, StringComparison.Ordinal);

        var saved = await _editor.SubmitAsync(page, "main form[method='post']", new() { ["Fields.RepeatedTime"] = "First" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var check = _factory.CreateDbContext();
        Assert.True(await check.Meetings.AnyAsync(m => m.Place == "Night shift handover" && m.Date == new DateOnly(2026, 10, 25) && m.StartTime == new TimeOnly(1, 30)));
    }
}
