using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using SmtpServer.Protocol;

namespace SESLIP.Newsletter.Tests.Email;

public sealed class OutboxSenderTests
{
    [Fact]
    public async Task Sending_delivers_one_message_to_each_confirmed_subscriber_with_stable_headers()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp);
        var updateId = await SendingSite.ArrangeAsync(factory, subscribers: 5);

        var (outcome, count) = await SendingSite.SendAsync(factory, updateId);
        var rows = await SendingSite.WaitUntilDoneAsync(factory);

        Assert.Equal(SendOutcome.Queued, outcome);
        Assert.Equal(5, count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ServerAnswer)));
        var messages = smtp.Received.ToList();
        Assert.Equal(5, messages.Count);
        Assert.DoesNotContain(messages, m => m.To.Mailboxes.Any(a => a.Address == "pending@example.org"));
        var first = messages.Single(m => m.To.Mailboxes.Single().Address == "reader1@example.org");
        Assert.Equal("Friday Update no 655 \u2013 28 March 2025", first.Subject);
        Assert.Matches(@"^update-655\.subscriber-\d+@seslip\.example$", first.MessageId);
        Assert.StartsWith("<http://localhost/unsubscribe/", first.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", first.Headers["List-Unsubscribe-Post"]);
        Assert.NotEqual(default, first.Date);
        Assert.Equal("multipart/alternative", first.Body!.ContentType.MimeType);
        Assert.Contains("Link to this item: http://localhost/updates/655#news-1", first.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_mid_send_then_a_restart_delivers_each_message_exactly_once()
    {
        await using var smtp = new TestSmtpServer();
        var directory = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"));
        var fiveReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        smtp.OnReceived = n =>
        {
            if (n >= 5)
            {
                fiveReceived.TrySetResult();
            }
        };

        int updateId;
        // A slow rate so the stop comes long before the list is done.
        using (var first = SendingSite.Create(smtp, directory, keepData: true, messagesPerMinute: 300))
        {
            updateId = await SendingSite.ArrangeAsync(first, subscribers: 40);
            await SendingSite.SendAsync(first, updateId);
            await fiveReceived.Task.WaitAsync(NewsletterFactory.RequestTimeout);
        }

        var afterStop = smtp.Received.Count;
        Assert.InRange(afterStop, 5, 39);

        using var second = SendingSite.Create(smtp, directory);
        _ = second.Services;
        var rows = await SendingSite.WaitUntilDoneAsync(second);

        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var byRecipient = smtp.Received.GroupBy(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(40, byRecipient.Count);
        Assert.All(byRecipient, g => Assert.Single(g));
    }

    [Fact]
    public async Task A_message_left_in_sending_by_a_crash_is_resent_with_the_same_message_id()
    {
        await using var smtp = new TestSmtpServer();
        var directory = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"));
        string messageId;
        using (var first = SendingSite.Create(smtp, directory, keepData: true))
        {
            var updateId = await SendingSite.ArrangeAsync(first, subscribers: 2);
            await SendingSite.SendAsync(first, updateId);
            var rows = await SendingSite.WaitUntilDoneAsync(first);
            messageId = rows[0].MessageId;
            // The crash window: the server accepted the message, the row was never marked.
            await using var db = first.CreateDbContext();
            await db.OutboxMessages.Where(m => m.Id == rows[0].Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending));
        }

        using var second = SendingSite.Create(smtp, directory);
        _ = second.Services;
        var after = await SendingSite.WaitUntilDoneAsync(second);

        Assert.All(after, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var copies = smtp.Received.Where(m => m.MessageId == messageId).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(3, smtp.Received.Count);
    }

    [Fact]
    public async Task A_4xx_answer_is_retried_and_a_5xx_answer_is_recorded_as_failed_with_the_servers_words()
    {
        await using var smtp = new TestSmtpServer
        {
            Answer = (to, attempt) => to switch
            {
                "reader1@example.org" when attempt == 1 => new SmtpResponse((SmtpReplyCode)451, "Greylisted, try later"),
                "reader2@example.org" => new SmtpResponse((SmtpReplyCode)550, "No such mailbox here"),
                "reader3@example.org" => new SmtpResponse((SmtpReplyCode)452, "Mailbox full"),
                _ => null,
            },
        };
        using var factory = SendingSite.Create(smtp);
        var updateId = await SendingSite.ArrangeAsync(factory, subscribers: 4);

        await SendingSite.SendAsync(factory, updateId);
        var rows = await SendingSite.WaitUntilDoneAsync(factory);

        var byEmail = rows.ToDictionary(r => r.Email);
        Assert.Equal(OutboxStatus.Sent, byEmail["reader1@example.org"].Status);
        Assert.Equal(2, byEmail["reader1@example.org"].Attempts);
        Assert.Equal(OutboxStatus.Failed, byEmail["reader2@example.org"].Status);
        Assert.Equal(1, byEmail["reader2@example.org"].Attempts);
        Assert.Contains("550", byEmail["reader2@example.org"].ServerAnswer, StringComparison.Ordinal);
        Assert.Contains("No such mailbox here", byEmail["reader2@example.org"].ServerAnswer, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Failed, byEmail["reader3@example.org"].Status);
        Assert.Equal(3, byEmail["reader3@example.org"].Attempts);
        Assert.Contains("Mailbox full", byEmail["reader3@example.org"].ServerAnswer, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, byEmail["reader4@example.org"].Status);
        Assert.Equal(2, smtp.Received.Count);
    }

    [Fact]
    public async Task A_second_send_needs_confirmation_and_then_sends_a_new_round()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp);
        var updateId = await SendingSite.ArrangeAsync(factory, subscribers: 2);
        await SendingSite.SendAsync(factory, updateId);
        await SendingSite.WaitUntilDoneAsync(factory);

        var unconfirmed = await SendingSite.SendAsync(factory, updateId);
        var confirmed = await SendingSite.SendAsync(factory, updateId, confirmed: true);
        var rows = await SendingSite.WaitUntilDoneAsync(factory);

        Assert.Equal(SendOutcome.NeedsConfirmation, unconfirmed.Outcome);
        Assert.Equal(SendOutcome.Queued, confirmed.Outcome);
        Assert.Equal(4, rows.Count);
        Assert.Equal(4, smtp.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.Contains(smtp.Received, m => m.MessageId!.Contains(".round-2@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_cannot_be_sent_to_subscribers()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp);
        await using var db = factory.CreateDbContext();
        var draft = TestUpdates.Create(700, status: UpdateStatus.Draft);
        await TestUpdates.AddAsync(db, draft);

        var (outcome, _) = await SendingSite.SendAsync(factory, draft.Id);

        Assert.Equal(SendOutcome.NotPublished, outcome);
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }
}
