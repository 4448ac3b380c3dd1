using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

/// <summary>"E-mail it to subscribers when it publishes": the scheduled publish queues the send in its own
/// transaction, and nothing afterwards (a correction, a second publish) sends it again. A fake clock moves time;
/// the test runs the publisher's and the sender's passes itself.</summary>
public sealed class SendWhenPublishedTests
{
    [Fact]
    public async Task A_scheduled_update_chosen_to_send_is_queued_as_it_publishes_and_a_correction_never_resends()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 7, 10, 0, 0, TimeSpan.Zero));
        await using var smtp = new TestSmtpServer();
        using var factory = new NewsletterFactory { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
        smtp.Configure(factory);
        factory.Settings["Sending:Enabled"] = "false";
        await using (var db = factory.CreateDbContext())
        {
            db.Subscribers.AddRange(
                new Subscriber { Email = "reader1@example.org", Status = SubscriberStatus.Confirmed, ConsentSource = "test", ConsentAtUtc = DateTime.UtcNow, CreatedAtUtc = DateTime.UtcNow },
                new Subscriber { Email = "reader2@example.org", Status = SubscriberStatus.Confirmed, ConsentSource = "test", ConsentAtUtc = DateTime.UtcNow, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var editor = await factory.SignedInAsync();
        var started = await editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var id = int.Parse(started.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var scheduled = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/schedule']",
            new() { ["Schedule.Date"] = "2030-01-11", ["Schedule.Time"] = "09:00", ["Schedule.SendWhenPublished"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var page = await editor.GetPageAsync($"/editor/updates/{id}");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Schedule-SendWhenPublished")!).IsChecked);
        Assert.Contains("e-mailed to the confirmed subscribers (2 now) when it publishes", page.QuerySelector("#sending-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);

        // Publishing and queuing are one step: the rows exist as soon as the update is public.
        clock.SetUtcNow(new DateTimeOffset(2030, 1, 11, 9, 0, 0, TimeSpan.Zero));
        await factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();
        await using (var db = factory.CreateDbContext())
        {
            var update = await db.Updates.SingleAsync(u => u.Id == id);
            Assert.Equal(UpdateStatus.Published, update.Status);
            Assert.False(update.SendWhenPublished);
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.UpdateId == id && m.Round == 1));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "Sent" && a.UserName == "scheduler"));
        }

        var sender = factory.Services.GetRequiredService<OutboxSender>();
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(2, smtp.Received.Count);
        Assert.All(smtp.Received, m => Assert.StartsWith("Friday Update no 655 ", m.Subject, StringComparison.Ordinal));

        // A correction changes the page readers follow the e-mail to, and sends nothing. (Signed in afresh: the
        // clock has moved past the first session's lifetime.)
        using var corrector = await factory.SignedInAsync();
        var correction = await corrector.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}']",
            new() { ["Intro"] = "Corrected introduction.", ["CorrectionNote"] = "Fixed the introduction." });
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        await factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(2, smtp.Received.Count);
        await using var check = factory.CreateDbContext();
        Assert.Equal(2, await check.OutboxMessages.CountAsync());
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "Corrected"));
    }

    [Fact]
    public async Task An_update_scheduled_without_the_choice_publishes_without_sending()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 7, 10, 0, 0, TimeSpan.Zero));
        using var factory = new NewsletterFactory { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };
        factory.Settings["Sending:Enabled"] = "false";
        await using (var db = factory.CreateDbContext())
        {
            db.Subscribers.Add(new Subscriber { Email = "reader1@example.org", Status = SubscriberStatus.Confirmed, ConsentSource = "test", ConsentAtUtc = DateTime.UtcNow, CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var editor = await factory.SignedInAsync();
        var started = await editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var id = int.Parse(started.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/schedule']",
            new() { ["Schedule.Date"] = "2030-01-11", ["Schedule.Time"] = "09:00" });

        clock.SetUtcNow(new DateTimeOffset(2030, 1, 11, 9, 0, 0, TimeSpan.Zero));
        await factory.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync();

        await using var check = factory.CreateDbContext();
        Assert.Equal(UpdateStatus.Published, (await check.Updates.SingleAsync(u => u.Id == id)).Status);
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }
}
