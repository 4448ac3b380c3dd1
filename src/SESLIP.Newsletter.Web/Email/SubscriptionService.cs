using Microsoft.EntityFrameworkCore;
using MimeKit;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;

namespace SESLIP.Newsletter.Web.Email;

public enum SubscribeOutcome
{
    /// <summary>A message is on its way: a confirmation link, or "you are already subscribed".</summary>
    Sent,

    /// <summary>The mail server could not take the message; the reader should try again later.</summary>
    NotSent,
}

public enum LinkOutcome
{
    Done,

    /// <summary>Forged, mistyped or expired; or a confirmation link already followed.</summary>
    Invalid,

    /// <summary>A genuine link for a subscriber who has already gone: unsubscribing twice is still unsubscribed.</summary>
    Gone,
}

/// <summary>What readers do with their subscription: subscribe (double opt-in), confirm, rename and unsubscribe.
/// Every change is saved through <see cref="EditorialChanges"/> as the user "reader", and the audit entries
/// name the subscriber by id, never by address.</summary>
public sealed partial class SubscriptionService(
    NewsletterDbContext db,
    EditorialChanges changes,
    SubscriptionTokens tokens,
    SubscriptionLinks links,
    IEmailTransport transport,
    EmailOptions email,
    TimeProvider time,
    ILogger<SubscriptionService> logger)
{
    public const string Reader = "reader";
    public const string FormSource = "subscribe form";

    /// <summary>Starts a subscription, or reminds a confirmed subscriber that they already are one. The caller
    /// shows the same answer either way, so the form cannot be used to learn who is on the list.</summary>
    public async Task<SubscribeOutcome> SubscribeAsync(string address, string? name, CancellationToken cancellationToken = default)
    {
        var normalised = EmailAddresses.Normalise(address);
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.Email == normalised, cancellationToken);
        if (subscriber is { Status: SubscriberStatus.Confirmed })
        {
            return await SendAsync(AlreadySubscribed(subscriber), cancellationToken);
        }

        if (subscriber is null)
        {
            // A suppressed address may come back this way: it stays suppressed until the new confirmation.
            subscriber = new Subscriber { Email = normalised, Name = name, ConsentAtUtc = now, ConsentSource = FormSource, CreatedAtUtc = now };
            db.Subscribers.Add(subscriber);
        }
        else if (name is not null && name != subscriber.Name)
        {
            subscriber.Name = name;
        }

        if (db.ChangeTracker.HasChanges())
        {
            var added = db.Entry(subscriber).State == EntityState.Added;
            var note = new ChangeNote(added ? "Subscribe" : "Update", nameof(Subscriber), () => subscriber.Id,
                added ? "Asked to subscribe; confirmation e-mail sent" : "Asked again before confirming; name changed");
            var outcome = await changes.SaveAsync(note, Reader, cancellationToken);
            if (outcome != SaveOutcome.Saved)
            {
                // Someone subscribed the same address at the same moment; their confirmation is on its way.
                return SubscribeOutcome.Sent;
            }
        }

        return await SendAsync(Confirmation(subscriber), cancellationToken);
    }

    public async Task<LinkOutcome> ConfirmAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!tokens.TryReadConfirmation(token, out var id, out var version))
        {
            return LinkOutcome.Invalid;
        }

        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscriber is null || subscriber.Version != version || subscriber.Status != SubscriberStatus.Pending)
        {
            return LinkOutcome.Invalid;
        }

        subscriber.Status = SubscriberStatus.Confirmed;
        subscriber.ConfirmedAtUtc = time.GetUtcNow().UtcDateTime;
        var hash = EmailAddresses.Hash(subscriber.Email);
        db.SuppressedAddresses.RemoveRange(await db.SuppressedAddresses.Where(a => a.EmailHash == hash).ToListAsync(cancellationToken));
        var saved = await changes.SaveAsync(ChangeNote.Of("Confirm", nameof(Subscriber), subscriber.Id, "Confirmed by following the e-mailed link"),
            Reader, cancellationToken);
        return saved == SaveOutcome.Saved ? LinkOutcome.Done : LinkOutcome.Invalid;
    }

    /// <summary>The subscriber a manage link belongs to, untracked; null with <see cref="LinkOutcome.Gone"/> after
    /// unsubscribing, or <see cref="LinkOutcome.Invalid"/> for a link that is not genuine.</summary>
    public async Task<(LinkOutcome Outcome, Subscriber? Subscriber)> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!tokens.TryReadManage(token, out var id, out var tag))
        {
            return (LinkOutcome.Invalid, null);
        }

        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscriber is not null && SubscriptionTokens.AddressTag(subscriber.Email) == tag
            ? (LinkOutcome.Done, subscriber)
            : (LinkOutcome.Gone, null);
    }

    public async Task<LinkOutcome> RenameAsync(string token, string? name, CancellationToken cancellationToken = default)
    {
        var (outcome, found) = await FindAsync(token, cancellationToken);
        if (found is null)
        {
            return outcome;
        }

        var subscriber = await db.Subscribers.FirstAsync(s => s.Id == found.Id, cancellationToken);
        subscriber.Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        await changes.SaveAsync(ChangeNote.Of("Update", nameof(Subscriber), subscriber.Id, "Changed their name"), Reader, cancellationToken);
        return LinkOutcome.Done;
    }

    /// <summary>Deletes the subscriber and remembers the address's hash, so nothing is sent to it again.</summary>
    public async Task<LinkOutcome> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        var (outcome, found) = await FindAsync(token, cancellationToken);
        if (found is null)
        {
            return outcome;
        }

        await RemoveAsync(found.Id, "unsubscribed", Reader, cancellationToken);
        return LinkOutcome.Done;
    }

    /// <summary>Removes a subscriber and suppresses the address; false when it was already gone.</summary>
    public async Task<bool> RemoveAsync(int id, string reason, string userName, CancellationToken cancellationToken = default)
    {
        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscriber is null)
        {
            return false;
        }

        var hash = EmailAddresses.Hash(subscriber.Email);
        db.Subscribers.Remove(subscriber);
        if (!await db.SuppressedAddresses.AnyAsync(a => a.EmailHash == hash, cancellationToken))
        {
            db.SuppressedAddresses.Add(new SuppressedAddress { EmailHash = hash, AtUtc = time.GetUtcNow().UtcDateTime, Reason = reason });
        }

        var outcome = await changes.SaveAsync(ChangeNote.Of("Delete", nameof(Subscriber), id, $"Removed ({reason}); address suppressed"),
            userName, cancellationToken);
        // A concurrent removal of the same subscriber leaves the same result: gone and suppressed.
        return outcome == SaveOutcome.Saved;
    }

    private MimeMessage Confirmation(Subscriber subscriber)
    {
        var confirm = links.Confirmation(subscriber);
        var manage = links.For(subscriber);
        return Message(subscriber, "Confirm your subscription to the SESLIP Friday Update", $"""
            {Greeting(subscriber)}

            Someone, probably you, asked to receive the SESLIP Friday Update by e-mail at this address.

            To confirm, open this link and press the button:
            {confirm}

            The link works for the next few days. If you did not ask, ignore this e-mail: you will not hear from us again.
            To remove this address now, use {manage.ManageUrl}
            """, manage);
    }

    private MimeMessage AlreadySubscribed(Subscriber subscriber)
    {
        var manage = links.For(subscriber);
        return Message(subscriber, "You already receive the SESLIP Friday Update", $"""
            {Greeting(subscriber)}

            Someone, probably you, asked to subscribe this address to the SESLIP Friday Update. It is already
            subscribed, so nothing has changed and you do not need to do anything.

            To change your name or unsubscribe, use {manage.ManageUrl}
            """, manage);
    }

    private static string Greeting(Subscriber subscriber) => subscriber.Name is null ? "Hello," : $"Dear {subscriber.Name},";

    private MimeMessage Message(Subscriber subscriber, string subject, string text, SubscriberLinks manage)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(email.FromName, email.FromAddress));
        if (!string.IsNullOrWhiteSpace(email.ReplyTo))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        }

        message.To.Add(new MailboxAddress(subscriber.Name ?? "", subscriber.Email));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text.Replace("\n", "\r\n", StringComparison.Ordinal) };
        manage.ApplyTo(message);
        return message;
    }

    private async Task<SubscribeOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(message, cancellationToken);
            return SubscribeOutcome.Sent;
        }
#pragma warning disable CA1031 // Any failure of the mail server is told to the reader as "try again later".
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            NotSent(logger, exception, message.Subject ?? "");
            return SubscribeOutcome.NotSent;
        }
    }

    [LoggerMessage(EventId = 4901, Level = LogLevel.Error, Message = "Could not send the subscription e-mail \"{Subject}\"")]
    private static partial void NotSent(ILogger logger, Exception exception, string subject);
}
