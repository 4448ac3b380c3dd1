using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Email;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>The e-mail controls on an update's page, over real HTTP with their forms and antiforgery tokens, to a
/// real SMTP server. Where the order of events matters the background sender is off and the test runs its passes,
/// so nothing depends on timing.</summary>
public sealed class SendingControllerTests
{
    [Fact]
    public async Task The_editor_sends_to_subscribers_from_the_update_page_and_sees_the_progress()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp);
        var id = await SendingSite.ArrangeAsync(factory, subscribers: 3);
        using var editor = await factory.SignedInAsync();

        var page = await editor.GetPageAsync($"/editor/updates/{id}");
        Assert.Contains("Not sent to subscribers yet", page.QuerySelector("#sending-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("all 3 confirmed subscribers", page.QuerySelector("#sending-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var send = await editor.SubmitAsync(page, $"form[action='/editor/updates/{id}/sending']");
        Assert.Equal(HttpStatusCode.Redirect, send.StatusCode);
        Assert.Equal($"/editor/updates/{id}", send.Headers.Location!.OriginalString);
        await SendingSite.WaitUntilDoneAsync(factory);

        Assert.Equal(3, smtp.Received.Count);
        Assert.All(smtp.Received, m => Assert.Equal("Friday Update no 655 \u2013 28 March 2025", m.Subject));
        var after = await editor.GetPageAsync($"/editor/updates/{id}");
        Assert.Contains("Sending to 3 subscribers", after.QuerySelector(".notification-banner")!.TextContent, StringComparison.Ordinal);
        var figures = Figures(after);
        Assert.Equal(("3", "3", "0", "0"), (figures["Queued"], figures["Sent"], figures["Failed"], figures["Remaining"]));
        Assert.Null(after.QuerySelector($"form[action='/editor/updates/{id}/sending']"));

        // The block the page's script fetches reads the same outbox.
        var partial = EditorClient.Parse(await (await editor.GetAsync($"/editor/updates/{id}/sending")).Content.ReadAsStringAsync());
        Assert.Equal("3", Figures(partial)["Sent"]);
        Assert.Equal("false", partial.QuerySelector("#sending-progress")!.GetAttribute("data-active"));

        await using var db = factory.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "Sent");
        Assert.Equal(editor.Email, audit.UserName);
    }

    [Fact]
    public async Task A_second_send_of_the_same_update_goes_out_only_after_the_confirmation_page()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp, sender: false);
        var id = await SendingSite.ArrangeAsync(factory, subscribers: 2);
        using var editor = await factory.SignedInAsync();
        var sender = factory.Services.GetRequiredService<OutboxSender>();
        await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/sending']");
        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(2, smtp.Received.Count);

        // The page offers a second send only as a link to the confirmation page.
        var page = await editor.GetPageAsync($"/editor/updates/{id}");
        var again = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Send it to subscribers again", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"/editor/updates/{id}/sending/again", again);

        // Posting the send without the confirmation (a stale page, a second click) queues nothing.
        var unconfirmed = await editor.SubmitAsync(again!, "main form", new() { ["confirmed"] = null });
        Assert.Equal(HttpStatusCode.Redirect, unconfirmed.StatusCode);
        Assert.Equal(again, unconfirmed.Headers.Location!.OriginalString);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(2, await db.OutboxMessages.CountAsync());
        }

        var confirm = await editor.GetPageAsync(again!);
        Assert.Contains("every one of the 2 confirmed subscribers", confirm.QuerySelector(".warning-text")!.TextContent, StringComparison.Ordinal);
        var confirmed = await editor.SubmitAsync(confirm, "main form");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(4, smtp.Received.Count);
        Assert.Equal(2, smtp.Received.Count(m => m.MessageId!.Contains(".round-2@", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Send_a_test_to_me_sends_one_marked_message_to_the_editor_only_even_for_a_draft()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp, sender: false);
        await SendingSite.ArrangeAsync(factory, subscribers: 2);
        int draftId;
        await using (var db = factory.CreateDbContext())
        {
            var draft = TestUpdates.Create(656, new DateOnly(2025, 4, 4), UpdateStatus.Draft);
            await TestUpdates.AddAsync(db, draft);
            draftId = draft.Id;
        }

        using var editor = await factory.SignedInAsync();
        var page = await editor.GetPageAsync($"/editor/updates/{draftId}");
        Assert.Null(page.QuerySelector($"form[action='/editor/updates/{draftId}/sending']"));
        var response = await editor.SubmitAsync(page, $"form[action='/editor/updates/{draftId}/sending/test']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var test = await smtp.WaitForAsync(editor.Email);
        Assert.Equal("[Test] Friday Update no 656 \u2013 4 April 2025", test.Subject);
        Assert.Single(smtp.Received);
        var after = await editor.GetPageAsync($"/editor/updates/{draftId}");
        Assert.Contains($"A test has been sent to {editor.Email}", after.QuerySelector(".notification-banner")!.TextContent, StringComparison.Ordinal);
        await using var check = factory.CreateDbContext();
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task A_refused_test_gives_the_editor_the_servers_answer_not_an_error_page()
    {
        await using var smtp = new TestSmtpServer { Answer = (_, _) => new SmtpServer.Protocol.SmtpResponse((SmtpServer.Protocol.SmtpReplyCode)550, "Mailbox unavailable") };
        using var factory = SendingSite.Create(smtp, sender: false);
        var id = await SendingSite.ArrangeAsync(factory, subscribers: 1);
        using var editor = await factory.SignedInAsync();

        var response = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/sending/test']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await editor.GetPageAsync($"/editor/updates/{id}");
        Assert.Contains("Mailbox unavailable", page.QuerySelector(".notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pausing_holds_every_unsent_message_and_resuming_delivers_each_once()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp, sender: false);
        var id = await SendingSite.ArrangeAsync(factory, subscribers: 4);
        using var editor = await factory.SignedInAsync();
        var sender = factory.Services.GetRequiredService<OutboxSender>();
        await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/sending']");

        var pause = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/sending/pause']");
        Assert.Equal(HttpStatusCode.Redirect, pause.StatusCode);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Empty(smtp.Received);
        var paused = await editor.GetPageAsync($"/editor/updates/{id}");
        Assert.Contains("Paused", paused.QuerySelector("#sending-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4 (4 paused)", Figures(paused)["Remaining"]);
        Assert.Equal("true", paused.QuerySelector("#sending-progress")!.GetAttribute("data-active"));
        Assert.NotNull(paused.QuerySelector("script[src^='/js/sending-progress.']"));

        var resume = await editor.SubmitAsync(paused, $"form[action='/editor/updates/{id}/sending/resume']");
        Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(4, smtp.Received.Count);
        Assert.Equal(4, smtp.Received.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        await using var db = factory.CreateDbContext();
        Assert.Equal(["Sent", "Paused sending", "Resumed sending"],
            await db.AuditEntries.Where(a => a.EntityType == nameof(Update)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task An_unknown_update_is_not_found()
    {
        await using var smtp = new TestSmtpServer();
        using var factory = SendingSite.Create(smtp, sender: false);
        using var editor = await factory.SignedInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/updates/999/sending")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/updates/999/sending/again")).StatusCode);
    }

    private static Dictionary<string, string> Figures(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#sending-progress .summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
}
