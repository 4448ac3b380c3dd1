using System.Text;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>Questions a file before it is parsed: its size, whether it is text, and its encoding. The
/// archive was written in Word, so text that is not valid UTF-8 is read as Windows-1252.</summary>
public static class ImportInput
{
    /// <summary>A Friday Update is about 15 KB; anything near this is not one.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ImportInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file's text, or the reason it is refused.</summary>
    public static (string? Text, string? Refusal, bool Windows1252) Decode(byte[] bytes)
    {
        if (bytes.LongLength > MaxBytes)
        {
            return (null, $"The file is {bytes.LongLength / 1024:N0} KB; a Friday Update is far smaller (the limit is {MaxBytes / 1024 / 1024} MB). Is it the right file?", false);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, "The file contains NUL bytes, so it is not plain text (a Word or PDF file?). Save it as plain text and import that.", false);
        }

        string text;
        var windows1252 = false;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            windows1252 = true;
        }

        return Check(text) is { } refusal ? (null, refusal, windows1252) : (TextInput.Clean(text), null, windows1252);
    }

    /// <summary>Refuses text that has NUL characters or is not mostly readable words.</summary>
    public static string? Check(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "The file contains NUL characters, so it is not plain text. Save it as plain text and import that.";
        }

        return TextInput.IsMostlyReadable(text) ? null : "The file is not mostly readable words (is it binary, or in an unusual encoding?). Nothing was imported.";
    }
}
