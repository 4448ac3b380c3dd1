using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message: simple, and a
/// broken connection can never take a second message with it.</summary>
public sealed class SmtpEmailTransport(EmailOptions options) : IEmailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), options.SmtpPort, options.SmtpSecurity switch
        {
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.Auto,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            await client.AuthenticateAsync(options.SmtpUserName, options.SmtpPassword ?? "", cancellationToken);
        }

        try
        {
            var answer = await client.SendAsync(message, cancellationToken);
            return answer;
        }
        catch (SmtpCommandException refused)
        {
            var permanent = (int)refused.StatusCode >= 500;
            throw new EmailRejectedException($"{(int)refused.StatusCode} {refused.Message}", permanent, refused);
        }
        finally
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
    }
}
