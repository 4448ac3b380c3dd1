using System.Security.Cryptography;
using System.Text;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Services;

/// <summary>What a contact's vCard holds.</summary>
public sealed record VCardContact(
    string Name,
    string Slug,
    string Roles,
    string Organisation,
    string Email,
    string Phone,
    IReadOnlyList<string> NetworksLed,
    Uri Page);

/// <summary>Writes vCard 4.0 (RFC 6350). Hand-written because no maintained vCard library is available
/// to the project (docs/adr/0011-vcard-writer.md); it covers only the properties the directory has, with
/// the RFC's escaping and its 75-octet line folding.</summary>
public static class VCard
{
    public const string ContentType = "text/vcard; charset=utf-8";
    private const int MaxLineOctets = 75;

    public static string Write(VCardContact contact)
    {
        var name = PersonName.Parse(contact.Name);
        var lines = new List<string>
        {
            "BEGIN:VCARD",
            "VERSION:4.0",
            "PRODID:-//SESLIP//Friday Update contacts//EN",
            "KIND:individual",
            "UID:" + StableUid(contact.Slug),
            "FN:" + Text(contact.Name),
            "N:" + string.Join(';', Field(name.Family), Field(name.Given), Field(name.Additional), "", ""),
        };

        if (name.Nickname.Length > 0)
        {
            lines.Add("NICKNAME:" + Text(name.Nickname));
        }

        if (contact.Roles.Length > 0)
        {
            lines.Add("TITLE:" + Text(contact.Roles));
        }

        if (contact.Organisation.Length > 0)
        {
            lines.Add("ORG:" + Field(contact.Organisation));
        }

        if (contact.Email.Length > 0)
        {
            lines.Add("EMAIL;TYPE=work:" + Text(contact.Email));
        }

        if (PhoneNumber.ToTelUri(contact.Phone) is { } tel)
        {
            lines.Add("TEL;VALUE=uri;TYPE=\"work,voice\":" + tel);
        }

        if (contact.NetworksLed.Count > 0)
        {
            lines.Add("NOTE:" + Text("Leads: " + string.Join(", ", contact.NetworksLed)));
        }

        lines.Add("URL:" + contact.Page.AbsoluteUri);
        lines.Add("END:VCARD");

        var card = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, card);
        }

        return card.ToString();
    }

    /// <summary>RFC 6350 §3.4: backslash, comma and line breaks are escaped in text values. Semicolons only
    /// separate fields of compound values (N, ORG), so elsewhere they are left alone, as readers expect.</summary>
    internal static string Text(string value) => Escape(value, semicolon: false);

    /// <summary>One field of a compound value, where a semicolon would start the next field.</summary>
    internal static string Field(string value) => Escape(value, semicolon: true);

    private static string Escape(string value, bool semicolon)
    {
        // Safe on its own even if a value slipped past input cleaning: no control character reaches a card.
        value = TextInput.Clean(value);
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': escaped.Append(@"\\"); break;
                case ',': escaped.Append(@"\,"); break;
                case ';' when semicolon: escaped.Append(@"\;"); break;
                case '\n': escaped.Append(@"\n"); break;
                default: escaped.Append(value[i]); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>RFC 6350 §3.2: lines longer than 75 octets continue on the next line after a space,
    /// never splitting a UTF-8 sequence.</summary>
    internal static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;

                // The leading space of a continuation line counts towards its 75 octets.
                limit = MaxLineOctets - 1;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }

    // Derived from the slug so the same person keeps the same UID in every download, which lets address
    // books update the card instead of adding a second one.
    private static string StableUid(string slug)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("seslip-contact:" + slug));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(bytes, bigEndian: true).ToString();
    }

    private sealed record PersonName(string Given, string Additional, string Family, string Nickname)
    {
        /// <summary>"Philip (Phil) Simpkins" → given Philip, family Simpkins, nickname Phil.</summary>
        public static PersonName Parse(string fullName)
        {
            var nickname = "";
            var open = fullName.IndexOf('(', StringComparison.Ordinal);
            var close = open >= 0 ? fullName.IndexOf(')', open) : -1;
            if (open >= 0 && close > open)
            {
                nickname = fullName[(open + 1)..close].Trim();
                fullName = fullName[..open] + fullName[(close + 1)..];
            }

            var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length switch
            {
                0 => new PersonName("", "", "", nickname),
                1 => new PersonName(parts[0], "", "", nickname),
                _ => new PersonName(parts[0], string.Join(' ', parts[1..^1]), parts[^1], nickname),
            };
        }
    }
}
