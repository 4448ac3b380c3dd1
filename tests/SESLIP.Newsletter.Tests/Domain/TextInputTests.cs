using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public class TextInputTests
{
    [Fact]
    public void Removes_control_characters_but_keeps_tabs_and_line_breaks()
    {
        Assert.Equal("a\tb\nc\r\nd", TextInput.Clean("a\tb\u0001\nc\r\n\u001Fd\u007F"));
    }

    [Fact]
    public void Turns_a_vertical_tab_into_a_line_break()
    {
        Assert.Equal("first\nsecond", TextInput.Clean("first\vsecond"));
    }

    [Fact]
    public void Tells_words_from_binary()
    {
        Assert.True(TextInput.IsMostlyReadable("Update no 654 21st March 2025 – “quoted” text, 38%."));
        Assert.False(TextInput.IsMostlyReadable(new string(Enumerable.Range(0, 400).Select(i => (char)(0xE000 + i)).ToArray())));
    }
}
