using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>"Contact Details": blocks of <c>Role(s): Name (Organisation)</c>, an e-mail line and an optional
/// phone line.</summary>
internal sealed partial class ContactsReader(ParsedUpdate result, ParseNotes notes)
{
    public static bool IsMarker(SourceLine line) => line.Is("Contact Details");

    public void Read(SourceLine line)
    {
        var text = line.Text;
        var header = ContactHeader().Match(text);
        var current = result.Contacts.Count > 0 ? result.Contacts[^1] : null;
        if (header.Success && !text.Contains('@', StringComparison.Ordinal))
        {
            result.Contacts.Add(new ParsedContact
            {
                Line = line.Number,
                Roles = header.Groups["roles"].Value.Trim(),
                Name = header.Groups["name"].Value.Trim(),
                Organisation = header.Groups["org"].Value.Trim(),
            });
        }
        else if (current is not null && current.Email.Length == 0 && EmailLine().IsMatch(text))
        {
            current.Email = text;
        }
        else if (current is not null && current.Phone.Length == 0 && PhoneLine().IsMatch(text))
        {
            current.Phone = text;
        }
        else
        {
            notes.Add(line, "not a \"Role: Name (Organisation)\", e-mail or phone line; left out");
        }
    }

    [GeneratedRegex(@"^(?<roles>.+):\s+(?<name>[^:]+?)(\s+\((?<org>[^()]*(\([^()]*\)[^()]*)*)\))?\s*$", Patterns.Options)]
    private static partial Regex ContactHeader();

    [GeneratedRegex(@"^\S+@\S+\.\S+$", Patterns.Options)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^\+?[\d\s()-]{7,20}$", Patterns.Options)]
    private static partial Regex PhoneLine();
}
