using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

/// <summary>Time is driven through <see cref="TimeProvider"/>: the tests move a fake clock, never sleep.</summary>
public sealed class ScheduledPublishingTests : IDisposable
{
    // A Monday in winter, so the next Friday's 09:00 in London is 09:00 UTC.
    private static readonly DateTimeOffset Start = new(2030, 1, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly List<NewsletterFactory> _factories = [];

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }
    }

    [Fact]
    public async Task A_scheduled_update_is_published_when_its_time_comes_and_only_once()
    {
        var factory = Host(_clock);
        using var editor = await factory.SignedInAsync();
        var id = await StartAndScheduleAsync(editor, "2030-01-11", "09:00");

        using (var db = factory.CreateDbContext())
        {
            var update = await db.Updates.SingleAsync(u => u.Id == id);
            Assert.Equal(UpdateStatus.Scheduled, update.Status);
            Assert.Equal(new DateTime(2030, 1, 11, 9, 0, 0, DateTimeKind.Utc), update.ScheduledForUtc);
        }

        using var reader = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/updates/655")).StatusCode);

        var publisher = factory.Services.GetRequiredService<ScheduledPublisher>();
        _clock.SetUtcNow(new DateTimeOffset(2030, 1, 11, 8, 59, 0, TimeSpan.Zero));
        await publisher.PublishDueAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/updates/655")).StatusCode);

        _clock.SetUtcNow(new DateTimeOffset(2030, 1, 11, 9, 0, 0, TimeSpan.Zero));
        await publisher.PublishDueAsync();
        await publisher.PublishDueAsync();
        await WaitForAsync(factory, id, UpdateStatus.Published);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/updates/655")).StatusCode);

        using var check = factory.CreateDbContext();
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "Published on schedule"));
        Assert.Equal(new DateTime(2030, 1, 11, 9, 0, 0, DateTimeKind.Utc), (await check.Updates.SingleAsync(u => u.Id == id)).PublishedAtUtc);
    }

    [Fact]
    public async Task The_background_service_publishes_by_itself_when_the_clock_reaches_the_time()
    {
        var factory = Host(_clock);
        using var editor = await factory.SignedInAsync();
        var id = await StartAndScheduleAsync(editor, "2030-01-11", "09:00");

        _clock.Advance(TimeSpan.FromDays(4));
        await WaitForAsync(factory, id, UpdateStatus.Published);
    }

    [Fact]
    public async Task An_update_that_fell_due_while_the_site_was_down_is_published_once_on_restart()
    {
        var first = Host(_clock, keepData: true);
        int id;
        using (var editor = await first.SignedInAsync())
        {
            id = await StartAndScheduleAsync(editor, "2030-01-11", "09:00");
        }

        var folder = first.DataDirectory;
        first.Dispose();
        _factories.Remove(first);

        var later = new FakeTimeProvider(new DateTimeOffset(2030, 1, 12, 7, 0, 0, TimeSpan.Zero));
        var second = Host(later, folder);
        _ = second.Server;
        await WaitForAsync(second, id, UpdateStatus.Published);
        using var db = second.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "Published on schedule"));
    }

    [Fact]
    public async Task Summer_time_is_respected_when_scheduling()
    {
        var factory = Host(_clock);
        using var editor = await factory.SignedInAsync();
        var id = await StartAndScheduleAsync(editor, "2030-06-07", "09:00");
        using var db = factory.CreateDbContext();
        Assert.Equal(new DateTime(2030, 6, 7, 8, 0, 0, DateTimeKind.Utc), (await db.Updates.SingleAsync(u => u.Id == id)).ScheduledForUtc);
    }

    [Theory]
    [InlineData("2030-03-31", "01:30", "does not exist")]
    [InlineData("2030-01-07", "09:00", "already passed")]
    [InlineData("", "09:00", "Enter the date")]
    public async Task A_time_that_cannot_be_scheduled_gets_a_field_message(string date, string time, string message)
    {
        var factory = Host(_clock);
        using var editor = await factory.SignedInAsync();
        var id = await StartAsync(editor);
        var response = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/schedule']",
            new() { ["Schedule.Date"] = date, ["Schedule.Time"] = time });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        using var db = factory.CreateDbContext();
        Assert.Equal(UpdateStatus.Draft, (await db.Updates.SingleAsync(u => u.Id == id)).Status);
    }

    [Fact]
    public async Task Cancelling_a_schedule_returns_the_update_to_draft()
    {
        var factory = Host(_clock);
        using var editor = await factory.SignedInAsync();
        var id = await StartAndScheduleAsync(editor, "2030-01-11", "09:00");
        var cancel = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/draft']");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);

        _clock.SetUtcNow(new DateTimeOffset(2030, 1, 11, 10, 0, 0, TimeSpan.Zero));
        await factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();
        using var db = factory.CreateDbContext();
        var update = await db.Updates.SingleAsync(u => u.Id == id);
        Assert.Equal(UpdateStatus.Draft, update.Status);
        Assert.Null(update.ScheduledForUtc);
    }

    private NewsletterFactory Host(FakeTimeProvider clock, string? folder = null, bool keepData = false)
    {
        var factory = folder is null
            ? new NewsletterFactory { KeepData = keepData, ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) }
            : new NewsletterFactory { DataDirectory = folder, ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
        _factories.Add(factory);
        return factory;
    }

    private static async Task<int> StartAsync(EditorClient editor)
    {
        var response = await editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> StartAndScheduleAsync(EditorClient editor, string date, string time)
    {
        var id = await StartAsync(editor);
        var response = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/schedule']",
            new() { ["Schedule.Date"] = date, ["Schedule.Time"] = time });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>The background service runs on its own thread; this waits for its effect (bounded), not for time.</summary>
    private static async Task WaitForAsync(NewsletterFactory factory, int id, UpdateStatus status)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var db = factory.CreateDbContext();
            if (await db.Updates.AnyAsync(u => u.Id == id && u.Status == status))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Update {id} did not become {status}.");
    }
}
