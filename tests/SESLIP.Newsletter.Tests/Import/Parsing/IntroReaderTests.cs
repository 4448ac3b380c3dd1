using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class IntroReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_the_intro_without_page_furniture()
    {
        Assert.StartsWith("If you have any news that you would like included in our Friday Update", Update654.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain("Three children", Update654.Intro, StringComparison.Ordinal);
        Assert.StartsWith("If you would like to know more about these workstreams", Update454.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain("[…]", Update454.Intro, StringComparison.Ordinal);
    }
}
