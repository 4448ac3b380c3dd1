using SESLIP.Newsletter.Tests.Import.Parsing;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

public class LegacyParserTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Survives_the_typos_of_the_originals()
    {
        // "28 March 20-1": the year is unreadable, so it is inferred and reported.
        var leadMembers = Assert.Single(Update654.Meetings, m => m.NetworkName == "Lead Members Group");
        Assert.Equal(new DateOnly(2025, 3, 28), leadMembers.Date);
        Assert.Contains(Update654.Notes, n => n.Line == 95 && n.Message.Contains("20-1", StringComparison.Ordinal));

        // "7 MarchNSPCC": the missing space does not lose the publisher.
        var nspcc = Update654.Tools.Single(t => t.Text.StartsWith("On 7 MarchNSPCC", StringComparison.Ordinal));
        Assert.Equal("NSPCC", nspcc.Publication!.Publisher);
        Assert.Equal(new DateOnly(2025, 3, 7), nspcc.Publication.Date);
        Assert.Equal("‘Disguised compliance’: learning from case reviews", nspcc.Publication.Title);
        Assert.Equal("On 7 MarchNSPCC published ‘Disguised compliance’: learning from case reviews", nspcc.Text);

        // "Oftsed" is kept as the publisher's name was written.
        Assert.Contains(Update654.Tools, t => t.Publication?.Publisher == "Oftsed");

        // "AD EducationFriday 18 June": the network's name is recovered.
        Assert.Contains(Update454.Meetings, m => m.NetworkName == "AD Education" && m.Date == new DateOnly(2021, 6, 18) && m.StartTime == new TimeOnly(10, 30));

        // "26 March 202": an unreadable year is inferred from the date.
        Assert.Contains(Update454.Tools, t => t.Publication?.Title.StartsWith("Improving families", StringComparison.Ordinal) == true && t.Publication.Date == new DateOnly(2021, 3, 26));
    }

    [Fact]
    public void Reports_lines_it_cannot_place_with_their_line_numbers()
    {
        const string text = "Update no 901 11th April 2025\n\nUpdates\n\nA stray line with no item\n\nContact Details\n\nnot a contact line at all";
        var parsed = LegacyParser.Parse(text);
        Assert.Contains(parsed.Notes, n => n.Line == 5 && n.Text == "A stray line with no item");
        Assert.Contains(parsed.Notes, n => n.Line == 9);
    }
}
