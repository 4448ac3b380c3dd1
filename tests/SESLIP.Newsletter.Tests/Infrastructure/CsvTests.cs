using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class CsvTests
{
    [Fact]
    public void Records_keep_quoted_commas_quotes_and_line_breaks_and_know_the_line_they_start_on()
    {
        var records = Csv.Read(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\nlast,")).ToList();
        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", ""], records[3].Fields);
    }

    [Fact]
    public void An_unclosed_quote_names_its_line()
    {
        var error = Assert.Throws<FormatException>(() => Csv.Read(new StringReader("ok,1\n\"never closed,2\n")).ToList());
        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("=\"x\",1", "\"'=\"\"x\"\",1\"")]
    [InlineData(null, "")]
    public void Cells_are_quoted_as_RFC_4180_says_and_never_run_as_formulas(string? value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));
}
