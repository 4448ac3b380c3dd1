using MimeKit;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>Builds the MIME message for one outbox row: the update's rendered parts with that subscriber's headers.</summary>
public static class UpdateMessage
{
    /// <summary>"&lt;update-655.subscriber-42@seslip.example&gt;" (with ".round-2" for a second send): the same for
    /// every attempt, so a resend after a crash is the same message to the receiving system.</summary>
    public static string MessageIdFor(int updateNumber, int subscriberId, int round, string fromAddress)
    {
        var host = fromAddress.Contains('@', StringComparison.Ordinal) ? fromAddress[(fromAddress.LastIndexOf('@') + 1)..] : "localhost";
        var roundPart = round > 1 ? $".round-{round}" : "";
        return FormattableString.Invariant($"update-{updateNumber}.subscriber-{subscriberId}{roundPart}@{host}");
    }

    public static MimeMessage Build(UpdateEmail email, string to, string messageId, EmailOptions options, SubscriberLinks? subscriber, DateTimeOffset date)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = messageId,
            Date = date,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        if (!string.IsNullOrWhiteSpace(options.ReplyTo))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(options.ReplyTo));
        }

        // RFC 8058 one-click: mail programs show an "Unsubscribe" button that posts to the link.
        subscriber?.ApplyTo(message);

        message.Headers.Add("List-Id", $"SESLIP Friday Update <friday-update.{MailboxAddress.Parse(options.FromAddress).Domain}>");
        message.Body = new BodyBuilder { HtmlBody = email.Html, TextBody = email.Text }.ToMessageBody();
        return message;
    }
}
