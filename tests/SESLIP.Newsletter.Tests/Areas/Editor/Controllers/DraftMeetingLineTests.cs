using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>Cancelling a meeting from its line on the draft, without leaving the update.</summary>
public sealed class DraftMeetingLineTests : IAsyncLifetime, IDisposable
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
    public async Task A_dated_meeting_is_cancelled_from_its_line_which_is_returned_to_and_a_stale_button_changes_nothing()
    {
        var started = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var id = int.Parse(started.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "AD Safeguarding").Select(n => n.Id).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/meetings/new']", new()
        {
            ["NetworkId"] = networkId.ToString(CultureInfo.InvariantCulture),
            ["Date"] = "2099-07-07",
            ["Weekday"] = "Tuesday",
            ["StartTime"] = "10:00",
        })).StatusCode);
        int meetingId, lineId, version;
        using (var db = _factory.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Date == new DateOnly(2099, 7, 7));
            (meetingId, version) = (meeting.Id, meeting.Version);
            lineId = await db.EditionMeetings.Where(l => l.UpdateId == id && l.MeetingId == meetingId).Select(l => l.Id).SingleAsync();
        }

        // The button sits on that line only, and a line without a date has none.
        var page = await _editor.GetPageAsync($"/editor/updates/{id}");
        var button = $"#line-meetings-{lineId} form[action='/editor/meetings/{meetingId}/cancel?update={id}&line={lineId}']";
        Assert.Equal("Cancel this meeting: AD Safeguarding", page.QuerySelector(button + " button")!.TextContent);
        Assert.All(page.QuerySelectorAll("[id^='line-meetings-'] form[action*='/cancel']"), f => Assert.Contains("/editor/meetings/", f.GetAttribute("action")!, StringComparison.Ordinal));

        // Someone else saves the meeting meanwhile: the stale button does nothing and says so, on the meeting's form.
        using (var db = _factory.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            meeting.Note = "Room 2";
            await db.SaveChangesAsync();
        }

        var refused = await _editor.SubmitAsync(page, button);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/editor/meetings/{meetingId}?update={id}&line={lineId}", refused.Headers.Location!.OriginalString);
        using (var db = _factory.CreateDbContext())
        {
            Assert.False((await db.Meetings.SingleAsync(m => m.Id == meetingId)).IsCancelled);
        }

        var cancelled = await _editor.SubmitAsync($"/editor/updates/{id}", button);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal($"/editor/updates/{id}#line-meetings-{lineId}", cancelled.Headers.Location!.OriginalString);
        using (var db = _factory.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            Assert.True(meeting.IsCancelled);
            Assert.True(meeting.Version > version + 1);
        }

        var after = await _editor.GetPageAsync($"/editor/updates/{id}");
        Assert.Contains("Cancelled", after.QuerySelector($"#line-meetings-{lineId}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector(button));
    }
}
