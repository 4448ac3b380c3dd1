using MimeKit;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>Writes each message as an <c>.eml</c> file (open it with any mail program) when no SMTP server is
/// configured: development and demos.</summary>
public sealed class PickupDirectoryTransport(string directory) : IEmailTransport
{
    public string Directory { get; } = directory;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fffffff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Directory, name);
        await message.WriteToAsync(path, cancellationToken);
        return $"written to {path}";
    }
}
