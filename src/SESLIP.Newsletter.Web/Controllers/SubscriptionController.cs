using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models.Subscriptions;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>Subscribing to the Friday Update by e-mail, and the pages the links in every e-mail lead to
/// (docs/adr/0019-subscriber-double-opt-in.md). Links in e-mails only show a page with a button: mail scanners
/// open links, and must not confirm or unsubscribe anyone by doing so.</summary>
public sealed class SubscriptionController(SubscriptionService subscriptions, SubscriptionTokens tokens) : Controller
{
    [HttpGet("/subscribe", Name = SiteRoutes.Subscribe)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Subscribe() => View(new SubscribeForm());

    /// <summary>The footer form is on cached pages shared by every reader, so it cannot carry a per-reader
    /// antiforgery token; a forged post can do no more than the form itself (send a confirmation e-mail), and
    /// the rate limit bounds that.</summary>
    [HttpPost("/subscribe")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(SubscriptionSetup.RateLimitPolicy)]
    public async Task<IActionResult> Subscribe(SubscribeForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !EmailAddresses.IsValid(form.Email))
        {
            ModelState.AddModelError(nameof(form.Email), "Enter an e-mail address in the correct format, like name@example.org.");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await subscriptions.SubscribeAsync(form.Email!, form.Name, cancellationToken) == SubscribeOutcome.NotSent)
        {
            ModelState.AddModelError("", "We could not send the e-mail just now. Nothing is lost: please try again in a few minutes.");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View(form);
        }

        return RedirectToRoute(SiteRoutes.SubscribeSent);
    }

    /// <summary>The same page whether the address was new, waiting or already subscribed.</summary>
    [HttpGet("/subscribe/check-your-email", Name = SiteRoutes.SubscribeSent)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Sent() => View();

    [HttpGet("/subscribe/confirm/{token}", Name = SiteRoutes.ConfirmSubscription)]
    public IActionResult Confirm(string token) =>
        tokens.TryReadConfirmation(token, out _, out _) ? View(new LinkPage(token)) : InvalidLink(confirmation: true);

    [HttpPost("/subscribe/confirm/{token}")]
    public async Task<IActionResult> ConfirmPost(string token, CancellationToken cancellationToken) =>
        await subscriptions.ConfirmAsync(token, cancellationToken) == LinkOutcome.Done
            ? View("Confirmed")
            : InvalidLink(confirmation: true);

    [HttpGet("/subscription/{token}", Name = SiteRoutes.ManageSubscription)]
    public async Task<IActionResult> Manage(string token, CancellationToken cancellationToken)
    {
        var (outcome, subscriber) = await subscriptions.FindAsync(token, cancellationToken);
        return outcome switch
        {
            LinkOutcome.Done => View(new ManageModel
            {
                Token = token, Email = subscriber!.Email, Name = subscriber.Name, Confirmed = subscriber.Status == SubscriberStatus.Confirmed,
            }),
            LinkOutcome.Gone => View("Unsubscribed"),
            _ => InvalidLink(confirmation: false),
        };
    }

    [HttpPost("/subscription/{token}")]
    public async Task<IActionResult> Manage(string token, ManageModel form, CancellationToken cancellationToken)
    {
        var (outcome, subscriber) = await subscriptions.FindAsync(token, cancellationToken);
        if (outcome != LinkOutcome.Done)
        {
            return outcome == LinkOutcome.Gone ? View("Unsubscribed") : InvalidLink(confirmation: false);
        }

        if (!ModelState.IsValid)
        {
            form.Token = token;
            form.Email = subscriber!.Email;
            form.Confirmed = subscriber.Status == SubscriberStatus.Confirmed;
            return View(form);
        }

        await subscriptions.RenameAsync(token, form.Name, cancellationToken);
        TempData["Status"] = "Your name has been saved.";
        return RedirectToRoute(SiteRoutes.ManageSubscription, new { token });
    }

    [HttpGet("/unsubscribe/{token}", Name = SiteRoutes.Unsubscribe)]
    public IActionResult Unsubscribe(string token) =>
        tokens.TryReadManage(token, out _, out _) ? View(new LinkPage(token)) : InvalidLink(confirmation: false);

    /// <summary>One-click unsubscribe (RFC 8058): mail programs post <c>List-Unsubscribe=One-Click</c> here with no
    /// cookies and no antiforgery token. The signed token in the address is what proves the request genuine.</summary>
    [HttpPost("/unsubscribe/{token}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> UnsubscribePost(string token, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(token, cancellationToken) == LinkOutcome.Invalid
            ? InvalidLink(confirmation: false)
            : View("Unsubscribed");

    [HttpGet("/privacy", Name = SiteRoutes.Privacy)]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public IActionResult Privacy() => View();

    private ViewResult InvalidLink(bool confirmation)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("InvalidLink", confirmation);
    }
}
