using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>Two editors on one draft at once, through the real forms: nobody gets a 500, nobody's text
/// disappears, and saving one part of the update never refuses a save of another part.</summary>
public sealed class ConcurrentEditingTests : IAsyncLifetime, IDisposable
{
    private const int Rounds = 12;
    // Conflicts are what this proves; the busy-database answer has its own test (BusyDatabaseTests), so a
    // write lock held longer by a loaded machine waits here instead of answering "try again".
    private readonly NewsletterFactory _factory = new() { Settings = { ["Database:BusyTimeoutSeconds"] = "120" } };
    private EditorClient _first = null!;
    private EditorClient _second = null!;

    public async Task InitializeAsync()
    {
        _first = await _factory.SignedInAsync();
        _second = await _factory.SignedInAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Saving_an_item_while_another_editor_adds_items_meetings_and_saves_the_intro_loses_nothing()
    {
        var id = await StartAsync();
        var itemId = await AddItemAsync(id, "Item the first editor keeps saving");
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "AD Safeguarding").Select(n => n.Id).SingleAsync();
        }

        var failures = new List<string>();
        var addedItems = new List<string>();
        var addedMeetings = new List<string>();
        string? lastIntro = null;
        string? lastItemBody = null;

        async Task Check(HttpResponseMessage response, string action, string text, Action saved)
        {
            var html = await response.Content.ReadAsStringAsync();
            switch (response.StatusCode)
            {
                case HttpStatusCode.Redirect:
                    saved();
                    break;
                case HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable when html.Contains(text, StringComparison.Ordinal):
                    break;
                default:
                    lock (failures)
                    {
                        failures.Add($"{action}: {(int)response.StatusCode}, text kept: {html.Contains(text, StringComparison.Ordinal)}");
                    }

                    break;
            }
        }

        var itemSaves = Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var body = $"Item text, version {i}";
                var response = await _first.SubmitAsync($"/editor/updates/{id}/items/{itemId}", "main form[method='post']", new() { ["Body"] = body });
                await Check(response, "save item", body, () => lastItemBody = body);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving an item nobody else edits was refused: {(int)response.StatusCode}");
            }
        });
        var itemAdds = Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var title = $"Added item {i}";
                var response = await _second.SubmitAsync($"/editor/updates/{id}/items/new?section=News", "main form[method='post']", new() { ["Title"] = title, ["Body"] = "Text." });
                await Check(response, "add item", title, () => { lock (addedItems) { addedItems.Add(title); } });
            }
        });
        var meetingAdds = Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var place = $"Meeting room {i}";
                var response = await _second.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/meetings/new']", new()
                {
                    ["NetworkId"] = networkId.ToString(CultureInfo.InvariantCulture),
                    ["Date"] = new DateOnly(2099, 6, 5).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["StartTime"] = "10:00",
                    ["Attendance"] = "InPerson",
                    ["Place"] = place,
                });
                await Check(response, "add meeting", place, () => { lock (addedMeetings) { addedMeetings.Add(place); } });
            }
        });
        var introSaves = Task.Run(async () =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var intro = $"Intro version {i}";
                var response = await _second.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}']", new() { ["Intro"] = intro });
                await Check(response, "save intro", intro, () => lastIntro = intro);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving the intro, which nobody else edits, was refused: {(int)response.StatusCode}");
            }
        });

        await Task.WhenAll(itemSaves, itemAdds, meetingAdds, introSaves);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        using var check = _factory.CreateDbContext();
        var update = await check.Updates.Include(u => u.Items).Include(u => u.Meetings).SingleAsync(u => u.Id == id);
        Assert.Equal(lastIntro, update.Intro);
        Assert.Equal(lastItemBody, update.Items.Single(i => i.Id == itemId).Body);
        foreach (var title in addedItems)
        {
            Assert.Contains(update.Items, i => i.Title == title);
        }

        var places = await check.Meetings.Where(m => m.Place != null).Select(m => new { m.Id, m.Place }).ToListAsync();
        foreach (var place in addedMeetings)
        {
            var meeting = places.Single(p => p.Place == place);
            Assert.Contains(update.Meetings, m => m.MeetingId == meeting.Id);
        }
    }

    private async Task<int> StartAsync()
    {
        var response = await _first.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private async Task<int> AddItemAsync(int updateId, string title)
    {
        var response = await _first.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new() { ["Title"] = title, ["Body"] = "Text." });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        using var db = _factory.CreateDbContext();
        return await db.UpdateItems.Where(i => i.UpdateId == updateId && i.Title == title).Select(i => i.Id).SingleAsync();
    }
}
