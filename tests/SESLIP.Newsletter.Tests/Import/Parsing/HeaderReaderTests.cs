using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class HeaderReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_the_number_and_date_of_both_headers()
    {
        Assert.Equal(654, Update654.Number);
        Assert.Equal(new DateOnly(2025, 3, 21), Update654.IssueDate);

        Assert.Equal(454, Update454.Number);
        Assert.Equal(new DateOnly(2021, 5, 21), Update454.IssueDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello, this is not a Friday Update")]
    [InlineData("Update no 12 31st February 2025")]
    public void Refuses_a_file_without_a_valid_header(string text)
    {
        var ex = Assert.Throws<ImportFormatException>(() => LegacyParser.Parse(text));
        Assert.Equal(1, ex.Line);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }
}
