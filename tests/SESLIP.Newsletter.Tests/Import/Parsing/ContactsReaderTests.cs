using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class ContactsReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_contact_blocks_with_optional_phone_lines()
    {
        var richard = Assert.Single(Update654.Contacts, c => c.Name == "Richard Tyndall");
        Assert.Equal("SESLI Programme Manager", richard.Roles);
        Assert.Equal("South East Sector-Led Improvement Programme", richard.Organisation);
        Assert.Equal("richard.tyndall@richardtyndall.co.uk", richard.Email);
        Assert.Equal("07880 787007", richard.Phone);

        var daryl = Assert.Single(Update654.Contacts, c => c.Name == "Daryl Perilli");
        Assert.Equal("", daryl.Phone);

        Assert.Contains(Update654.Contacts, c => c.Name == "Philip (Phil) Simpkins" && c.Organisation == "LGA");
        Assert.Contains(Update654.Contacts, c => c.Name == "Cindy Mukombegumi" && c.Organisation == "NHS England (South East)");
        Assert.Contains(Update454.Contacts, c => c.Name == "Amanda Meadows" && c.Organisation == "Hampshire");
        Assert.DoesNotContain(Update654.Contacts, c => c.Name == "Amanda Meadows");
        Assert.Equal(18, Update654.Contacts.Count);
        Assert.Equal(11, Update454.Contacts.Count);
    }
}
