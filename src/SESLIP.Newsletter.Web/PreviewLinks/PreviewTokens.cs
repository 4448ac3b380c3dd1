using System.Buffers.Text;
using System.Security.Cryptography;

namespace SESLIP.Newsletter.Web.PreviewLinks;

/// <summary>The secret in a preview link: 256 random bits, Base64url (43 characters), and the SHA-256 the
/// database keeps instead of it. A link is looked up by that hash, so no comparison of secrets is timed.</summary>
public static class PreviewTokens
{
    private const int Bytes = 32;

    /// <summary>The length of every token this class issues.</summary>
    public const int Length = 43;

    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));
        return (token, HashOf(token));
    }

    /// <summary>The hash to look a token up by, or false for anything that cannot be a token (a truncated or
    /// padded copy, stray characters), so such requests never reach the database.</summary>
    public static bool TryHash(string? token, out string hash)
    {
        hash = "";
        if (token is null || token.Length != Length || !Base64Url.IsValid(token, out var decoded) || decoded != Bytes)
        {
            return false;
        }

        hash = HashOf(token);
        return true;
    }

    private static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));
}
