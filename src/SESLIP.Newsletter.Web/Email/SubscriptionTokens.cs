using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>The signed, encrypted tokens in subscription links (docs/adr/0019-subscriber-double-opt-in.md).
/// A confirmation token names the subscriber and the <see cref="Subscriber.Version"/> it was issued for and
/// expires; confirming raises the version, so a followed link cannot be followed again. A manage token names
/// the subscriber and a fragment of its address's hash, and does not expire, so the unsubscribe link of an old
/// e-mail keeps working, while a token cannot act on a later subscriber that happens to reuse the id.</summary>
public sealed class SubscriptionTokens(IDataProtectionProvider protection, TimeProvider time, SubscriptionOptions options)
{
    private readonly ITimeLimitedDataProtector _confirm =
        protection.CreateProtector("SESLIP.Newsletter.Subscriptions.Confirm.v1").ToTimeLimitedDataProtector();

    private readonly IDataProtector _manage = protection.CreateProtector("SESLIP.Newsletter.Subscriptions.Manage.v1");

    public string ForConfirmation(Subscriber subscriber) =>
        _confirm.Protect(Payload(subscriber.Id, subscriber.Version.ToString(CultureInfo.InvariantCulture)),
            time.GetUtcNow().AddHours(options.ConfirmationLinkHours));

    /// <summary>The subscriber id and version a genuine, unexpired confirmation token carries.</summary>
    public bool TryReadConfirmation(string? token, out int id, out int version)
    {
        id = version = 0;
        try
        {
            var payload = _confirm.Unprotect(token ?? "", out var expiry);
            // The protector checks the real clock; the site's clock decides too, so tests can move time on.
            return expiry > time.GetUtcNow() && TryParse(payload, out id, out var rest)
                && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out version);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public string ForManaging(Subscriber subscriber) => _manage.Protect(Payload(subscriber.Id, AddressTag(subscriber.Email)));

    /// <summary>The subscriber id a genuine manage token carries, and the tag of the address it was issued for.</summary>
    public bool TryReadManage(string? token, out int id, out string addressTag)
    {
        id = 0;
        addressTag = "";
        try
        {
            return TryParse(_manage.Unprotect(token ?? ""), out id, out addressTag);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Enough of the address's hash to tell two subscribers apart, short enough to keep links short.</summary>
    public static string AddressTag(string email) => EmailAddresses.Hash(email)[..16];

    private static string Payload(int id, string rest) => string.Create(CultureInfo.InvariantCulture, $"{id}:{rest}");

    private static bool TryParse(string payload, out int id, out string rest)
    {
        rest = "";
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(payload.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            id = 0;
            return false;
        }

        rest = payload[(colon + 1)..];
        return true;
    }
}
