using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Tests.Email;

/// <summary>A site whose mail goes to a <see cref="TestSmtpServer"/>, with one published update and confirmed
/// subscribers arranged in its database.</summary>
internal static class SendingSite
{
    /// <param name="sender">Off, the background sender does not run and a test drives <see cref="OutboxSender"/> itself.</param>
    public static NewsletterFactory Create(TestSmtpServer smtp, string? dataDirectory = null, bool keepData = false, int messagesPerMinute = 0, bool sender = true)
    {
        var factory = dataDirectory is null
            ? new NewsletterFactory { LoadDemoContent = false, KeepData = keepData }
            : new NewsletterFactory { LoadDemoContent = false, KeepData = keepData, DataDirectory = dataDirectory };
        foreach (var (key, value) in smtp.Settings)
        {
            factory.Settings[key] = value;
        }

        factory.Settings["Newsletter:PublicBaseUrl"] = "http://localhost";
        factory.Settings["Sending:FirstRetryDelay"] = "00:00:00";
        factory.Settings["Sending:PollInterval"] = "00:00:01";
        factory.Settings["Sending:MaxAttempts"] = "3";
        factory.Settings["Sending:MessagesPerMinute"] = messagesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Sending:Enabled"] = sender ? "true" : "false";
        return factory;
    }

    public static async Task<int> ArrangeAsync(NewsletterFactory factory, int subscribers, int number = 655)
    {
        await using var db = factory.CreateDbContext();
        var update = TestUpdates.Create(number, new DateOnly(2025, 3, 28));
        await TestUpdates.AddAsync(db, update);
        for (var i = 1; i <= subscribers; i++)
        {
            db.Subscribers.Add(new Subscriber
            {
                Email = $"reader{i}@example.org",
                Status = SubscriberStatus.Confirmed,
                ConsentSource = "test",
                ConsentAtUtc = DateTime.UtcNow,
                CreatedAtUtc = DateTime.UtcNow,
            });
        }

        db.Subscribers.Add(new Subscriber { Email = "pending@example.org", Status = SubscriberStatus.Pending, ConsentSource = "test" });
        await db.SaveChangesAsync();
        return update.Id;
    }

    public static async Task<(SendOutcome Outcome, int Count)> SendAsync(NewsletterFactory factory, int updateId, bool confirmed = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UpdateSending>().SendAsync(updateId, confirmed, "editor@example.org");
    }

    /// <summary>Waits, with a generous limit, until nothing is left to send.</summary>
    public static async Task<List<OutboxMessage>> WaitUntilDoneAsync(NewsletterFactory factory)
    {
        // Generous: a loaded machine slows the sender; the loop ends as soon as every row is done.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            await using var db = factory.CreateDbContext();
            var rows = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
            if (rows.All(r => r.Status is OutboxStatus.Sent or OutboxStatus.Failed) || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(100);
        }
    }
}
