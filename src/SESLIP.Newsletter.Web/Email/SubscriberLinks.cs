using MimeKit;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>The links an e-mail to one subscriber carries, and its one-click unsubscribe headers (RFC 8058).</summary>
public sealed record SubscriberLinks(string ManageUrl, string UnsubscribeUrl, string ListUnsubscribe, string ListUnsubscribePost)
{
    public const string OneClickBody = "List-Unsubscribe=One-Click";

    /// <summary>Adds List-Unsubscribe and List-Unsubscribe-Post to a message for this subscriber.</summary>
    public void ApplyTo(MimeMessage message)
    {
        message.Headers.Replace("List-Unsubscribe", ListUnsubscribe);
        message.Headers.Replace("List-Unsubscribe-Post", ListUnsubscribePost);
    }
}

/// <summary>Builds absolute subscription links from their routes and <see cref="NewsletterLinks.PublicBaseUrl"/>, for
/// e-mails sent during a request or by the background sender alike.</summary>
public sealed class SubscriptionLinks(
    LinkGenerator links,
    SubscriptionTokens tokens,
    SubscriptionOptions options,
    EmailOptions email,
    NewsletterLinks site)
{
    /// <summary>The manage page and one-click unsubscribe links for <paramref name="subscriber"/>; the sender of
    /// updates calls this for every message.</summary>
    public SubscriberLinks For(Subscriber subscriber)
    {
        var token = tokens.ForManaging(subscriber);
        var manage = Absolute(SiteRoutes.ManageSubscription, token);
        var unsubscribe = Absolute(SiteRoutes.Unsubscribe, token);
        var mailbox = options.UnsubscribeMailbox ?? email.FromAddress;
        return new SubscriberLinks(manage, unsubscribe,
            $"<{unsubscribe}>, <mailto:{mailbox}?subject=unsubscribe>", SubscriberLinks.OneClickBody);
    }

    public string Confirmation(Subscriber subscriber) => Absolute(SiteRoutes.ConfirmSubscription, tokens.ForConfirmation(subscriber));

    private string Absolute(string routeName, string token)
    {
        var path = links.GetPathByName(routeName, new { token })
            ?? throw new InvalidOperationException($"No route named {routeName}.");
        // Never the request's host: a forged Host header must not choose where e-mailed links point.
        return new Uri(site.BaseUri, path.TrimStart('/')).AbsoluteUri;
    }
}
