namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Text holding every character that XML, iCalendar and vCard cannot carry as typed: all C0 and C1
/// control characters, DEL, lone surrogates and the non-characters U+FFFE/U+FFFF.</summary>
internal static class NastyText
{
    public static readonly string Controls = string.Concat(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c));

    public static string Around(string words) => $"{words}{Controls}\uD800 lone\uDFFF \uFFFE{words}";

    /// <summary>True when <paramref name="text"/> holds no control character other than tab and newline.</summary>
    public static bool IsSafe(string? text) =>
        text is null || !text.Any(c => (char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF');
}
