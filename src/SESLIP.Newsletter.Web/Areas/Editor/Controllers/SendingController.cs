using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Email;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>The e-mail controls on an update's page: a test to the editor, the send to subscribers (a second
/// send of the same update only after a confirmation page), pause, resume, and the progress read from the
/// outbox. The work itself is <see cref="UpdateSending"/>'s, through the save pipeline and its audit trail.</summary>
[Route("editor/updates/{id:int}/sending")]
public sealed partial class SendingController(NewsletterDbContext db, UpdateSending sending, ILogger<SendingController> logger) : EditorController
{
    public const string ProgressRoute = "editor-sending-progress";
    public const string SendRoute = "editor-sending-send";
    public const string ConfirmRoute = "editor-sending-confirm";
    public const string TestRoute = "editor-sending-test";
    public const string PauseRoute = "editor-sending-pause";
    public const string ResumeRoute = "editor-sending-resume";

    /// <summary>The progress block alone, which the page's script fetches to refresh it while sending runs.</summary>
    [HttpGet("", Name = ProgressRoute)]
    public async Task<IActionResult> Progress(int id, CancellationToken cancellationToken)
    {
        var model = await PanelAsync(id, cancellationToken);
        return model is null ? NotFound() : PartialView("_SendingProgress", model);
    }

    [HttpPost("", Name = SendRoute)]
    public async Task<IActionResult> Send(int id, bool confirmed, CancellationToken cancellationToken)
    {
        if (await PanelAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var (outcome, count) = await sending.SendAsync(id, confirmed, Actor, cancellationToken);
        switch (outcome)
        {
            case SendOutcome.NeedsConfirmation:
                return RedirectToRoute(ConfirmRoute, new { id });
            case SendOutcome.NotPublished:
                return Done(id, "Only a published update can be sent to subscribers. Publish it first, or send a test to yourself.", done: false);
            case SendOutcome.NoSubscribers:
                return Done(id, "There are no confirmed subscribers yet, so nothing was sent.", done: false);
            case SendOutcome.Busy:
                return Done(id, "The database was busy with another change, so nothing was sent. Wait a few seconds and send again.", done: false);
            default:
                return Done(id, count == 1 ? "Sending to 1 subscriber. Progress is shown below." : $"Sending to {count} subscribers. Progress is shown below.");
        }
    }

    /// <summary>Asks before a second send of the same update: every subscriber would get it again.</summary>
    [HttpGet("again", Name = ConfirmRoute)]
    public async Task<IActionResult> Confirm(int id, CancellationToken cancellationToken)
    {
        var model = await PanelAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        return model.Progress.HasBeenSent ? View(model) : RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id });
    }

    [HttpPost("test", Name = TestRoute)]
    public async Task<IActionResult> Test(int id, CancellationToken cancellationToken)
    {
        var to = User.Identity?.Name;
        if (string.IsNullOrEmpty(to) || !new EmailAddressAttribute().IsValid(to))
        {
            return Done(id, "Your account has no e-mail address to send a test to.", done: false);
        }

        string? answer;
        try
        {
            answer = await sending.SendTestAsync(id, to, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The mail server refused or could not be reached: the editor can try again; the detail is logged.
            TestFailed(logger, exception, id);
            var reason = exception is EmailRejectedException rejected ? $" The mail server answered: {rejected.ServerAnswer}" : " The mail server could not be reached.";
            return Done(id, $"The test could not be sent to {to}.{reason} Try again, or ask the site's administrator.", done: false);
        }

        return answer is null ? NotFound() : Done(id, $"A test has been sent to {to}. It is marked [Test] and went to nobody else.");
    }

    [HttpPost("pause", Name = PauseRoute)]
    public async Task<IActionResult> Pause(int id, CancellationToken cancellationToken)
    {
        if (await PanelAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        return Saved(id, await sending.PauseAsync(id, Actor, cancellationToken), "Sending is paused. Messages not yet sent wait until you resume.");
    }

    [HttpPost("resume", Name = ResumeRoute)]
    public async Task<IActionResult> Resume(int id, CancellationToken cancellationToken)
    {
        if (await PanelAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        return Saved(id, await sending.ResumeAsync(id, Actor, cancellationToken), "Sending has resumed.");
    }

    private async Task<SendingPanelModel?> PanelAsync(int id, CancellationToken cancellationToken) =>
        await sending.ProgressAsync(id, cancellationToken) is { } progress
            ? SendingPanelModel.From(progress, await db.Updates.AsNoTracking().Where(u => u.Id == id).Select(u => u.Number).SingleAsync(cancellationToken),
                await db.Subscribers.CountAsync(s => s.Status == SubscriberStatus.Confirmed, cancellationToken))
            : null;

    private RedirectToActionResult Saved(int id, SaveOutcome outcome, string message) =>
        Done(id, outcome == SaveOutcome.Saved ? message : "The database was busy with another change, so nothing changed. Wait a few seconds and try again.", outcome == SaveOutcome.Saved);

    private RedirectToActionResult Done(int id, string message, bool done = true)
    {
        Tell(done, message);
        return RedirectToAction(nameof(UpdatesController.Edit), "Updates", new { id });
    }

    [LoggerMessage(EventId = 4611, Level = LogLevel.Warning, Message = "The test e-mail of update {UpdateId} could not be sent")]
    private static partial void TestFailed(ILogger logger, Exception exception, int updateId);
}
