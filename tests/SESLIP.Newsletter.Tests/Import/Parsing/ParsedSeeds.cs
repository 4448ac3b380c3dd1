using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

/// <summary>The two published issues, parsed once for every reader's tests.</summary>
internal static class ParsedSeeds
{
    public static readonly ParsedUpdate Update654 = LegacyParser.Parse(DemoContent.Read(DemoContent.Update654));
    public static readonly ParsedUpdate Update454 = LegacyParser.Parse(DemoContent.Read(DemoContent.Update454));
}
