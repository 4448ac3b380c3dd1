namespace SESLIP.Newsletter.Web.Domain;

/// <summary>How a printed phone number becomes a link, on update pages, contact pages and vCards alike.</summary>
public static class PhoneNumber
{
    /// <summary>A <c>tel:</c> URI (RFC 3966) for a number as the newsletter prints it: "07803 147072" →
    /// "tel:+447803147072", "0044 1234 567890" → "tel:+441234567890". UK national numbers get the country
    /// code so a phone abroad can dial them too. Null when the text holds no number.</summary>
    public static string? ToTelUri(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (digits.Length < 3)
        {
            return null;
        }

        if (trimmed.StartsWith('+'))
        {
            return "tel:+" + digits;
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return "tel:+" + digits[2..];
        }

        return digits.StartsWith('0') && digits.Length is 10 or 11 ? "tel:+44" + digits[1..] : "tel:" + digits;
    }
}
