using MimeKit;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>Hands one finished message to the mail system. Throws <see cref="EmailRejectedException"/> when the
/// server refuses it; any other exception means the outcome is unknown or transient.</summary>
public interface IEmailTransport
{
    /// <returns>The server's answer (or where the file was written), for the record.</returns>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The server refused the message. <see cref="Permanent"/> for a 5xx answer, which retrying cannot
/// change; a 4xx answer is worth trying again later.</summary>
public sealed class EmailRejectedException(string serverAnswer, bool permanent, Exception? inner = null)
    : Exception(serverAnswer, inner)
{
    public string ServerAnswer { get; } = serverAnswer;
    public bool Permanent { get; } = permanent;
}
