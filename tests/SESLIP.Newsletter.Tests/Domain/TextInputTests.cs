using System.Xml;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class TextInputTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Line one\u000BLine two", "Line one\nLine two" },
        { "a\r\nb\rc\nd", "a\nb\nc\nd" },
        { "tab\tstays", "tab\tstays" },
        { "\u0001start\u000Emiddle\u0011end\u007F\u009F", "startmiddleend" },
        { "page\u000Cbreak", "page\nbreak" },
        { "nul\0gone", "nulgone" },
        { "pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept" },
        { "Café – “quoted” £5", "Café – “quoted” £5" },
        { "\uFFFEnon\uFFFF", "non" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Control_characters_go_and_line_breaks_become_newlines(string text, string expected)
    {
        Assert.Equal(expected, TextInput.Clean(text));
        Assert.True(TextInput.IsClean(TextInput.Clean(text)));
    }

    [Fact]
    public void Lone_surrogates_go_and_pairs_stay()
    {
        // Not theory data: the test runner replaces lone surrogates when it serialises arguments.
        Assert.Equal("lone  high and  low", TextInput.Clean("lone \uD800 high and \uDC00 low"));
        Assert.Equal("end", TextInput.Clean("end\uD800"));
        Assert.False(TextInput.IsClean("x\uDC00"));
    }

    [Fact]
    public void Null_becomes_empty_and_clean_text_is_not_copied()
    {
        const string clean = "Nothing to do here.\n\tIndented.";

        Assert.Equal(string.Empty, TextInput.Clean(null));
        Assert.Same(clean, TextInput.Clean(clean));
        Assert.True(TextInput.IsClean(null));
    }

    [Fact]
    public void Nul_is_detected_so_a_binary_file_can_be_refused()
    {
        Assert.True(TextInput.HasNul("abc\0def"));
        Assert.False(TextInput.HasNul("abc\u0001def"));
        Assert.False(TextInput.HasNul(null));
    }

    [Fact]
    public void Every_control_character_and_lone_surrogate_leaves_text_an_xml_writer_accepts()
    {
        var nasty = string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
            + "\uD800x\uDFFFy\uFFFE";

        var cleaned = TextInput.Clean(nasty);

        using var sw = new StringWriter();
        using (var writer = XmlWriter.Create(sw))
        {
            writer.WriteElementString("t", cleaned);
        }

        Assert.Equal(cleaned, XmlReaderText(sw.ToString()));
        Assert.Equal("\t\n\n\n\n\nxy", cleaned);
    }

    private static string XmlReaderText(string xml)
    {
        var doc = new XmlDocument { PreserveWhitespace = true };
        doc.LoadXml(xml);
        return doc.DocumentElement!.InnerText;
    }

    [Fact]
    public void Tells_words_from_binary()
    {
        Assert.True(TextInput.IsMostlyReadable("Update no 654 21st March 2025 – “quoted” text, 38%."));
        Assert.False(TextInput.IsMostlyReadable(new string(Enumerable.Range(0, 400).Select(i => (char)(0xE000 + i)).ToArray())));
    }
}
