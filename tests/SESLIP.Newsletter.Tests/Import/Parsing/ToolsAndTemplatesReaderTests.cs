using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class ToolsAndTemplatesReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Infers_the_year_of_publication_dates_from_the_issue_date()
    {
        var coram = Update654.Tools.Single(t => t.Publication?.Publisher == "Coram").Publication!;
        Assert.Equal(new DateOnly(2024, 12, 29), coram.Date);
        Assert.Equal("The Door is Still Closed", coram.Title);

        var commissioner = Update654.Tools.Single(t => t.Publication?.Title == "The educational journeys of children in secure settings").Publication!;
        Assert.Equal(new DateOnly(2025, 2, 27), commissioner.Date);
        Assert.Equal("Children’s Commissioner", commissioner.Publisher);
        Assert.Equal("the Children’s Commissioner", commissioner.PublisherText);
    }

    [Fact]
    public void Reads_both_publication_line_forms_and_their_documents()
    {
        var ofsted = Update454.Tools.Single(t => t.Publication?.Title == "Area SEND inspections and outcomes in England as at 31 March 2021").Publication!;
        Assert.Equal("Ofsted", ofsted.Publisher);
        Assert.Equal(new DateOnly(2021, 5, 7), ofsted.Date);

        var adcs = Update654.Tools.Single(t => t.Publication?.Publisher == "ADCS").Publication!;
        Assert.Equal("Safeguarding Pressures Phase 9", adcs.Title);
        Assert.Equal([new ParsedDocument("The full report", "pdf", 91), new ParsedDocument("The summary briefing", "pdf", 2)], adcs.Documents);

        var taso = Update654.Items[3].Publication!;
        Assert.Equal([new ParsedDocument("A summary", "pdf", 4), new ParsedDocument("The full report", "pdf", 35)], taso.Documents);

        Assert.Equal("Foundations", Update654.Tools.Single(t => t.Text.Contains("Foundations (previously", StringComparison.Ordinal)).Publication!.Publisher);
    }

    [Fact]
    public void Keeps_tools_lines_without_a_publisher_as_text_and_reports_them()
    {
        var first = Update654.Tools[0];
        Assert.Null(first.Publication);
        Assert.Equal("We have produced a Regional Improvement Plan (June 2024)", first.Text);
        Assert.Contains(Update654.Notes, n => n.Line == first.Line);
        Assert.Equal(29, Update654.Tools.Count);
        Assert.Equal(22, Update454.Tools.Count);
    }
}
