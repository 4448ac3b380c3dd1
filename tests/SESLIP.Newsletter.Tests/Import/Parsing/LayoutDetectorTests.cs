using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class LayoutDetectorTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_the_layout_of_both_seeds()
    {
        Assert.Equal(UpdateLayout.Headlines, Update654.Layout);
        Assert.Equal(UpdateLayout.ProgrammeUpdate, Update454.Layout);
    }
}
