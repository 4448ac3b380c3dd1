using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using SESLIP.Newsletter.Web.Data.Configurations;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>What counts as one reader's address: the trimmed, lower-cased form, and the hash under which an
/// unsubscribed address is remembered (<see cref="SuppressedAddress"/>) without keeping the address itself.</summary>
public static class EmailAddresses
{
    public static string Normalise(string address) => address.Trim().ToLowerInvariant();

    /// <summary>A bare address such as <c>name@example.org</c>: no display name, no spaces, a dot in the domain.</summary>
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return false;
        }

        var trimmed = address.Trim();
        if (trimmed.Length > Limits.Email || trimmed.Any(char.IsWhiteSpace) || trimmed.Count(c => c == '@') != 1
            || !MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal))
        {
            return false;
        }

        var domain = parsed.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>SHA-256 of the normalised address as 64 lower-case hexadecimal characters.</summary>
    public static string Hash(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(address))));
}
