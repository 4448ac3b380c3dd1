using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Fixtures;

/// <summary>Invented issues in the shape of each archive layout (docs/adr/0003-legacy-import-format.md),
/// copied beside the tests.</summary>
internal static class ArchiveFixtures
{
    public const string LayoutA = "layout-a-2021.txt";
    public const string LayoutB = "layout-b-2019.txt";
    public const string LayoutC = "layout-c-2023.txt";
    public const string LayoutD = "layout-d-2024.txt";
    public const string LayoutE = "layout-e-2025.txt";
    public const string EndsEarly = "ends-early-2024.txt";
    public const string ChromeEverywhere = "chrome-everywhere-2022.txt";

    public static IReadOnlyList<string> Names { get; } = [LayoutA, LayoutB, LayoutC, LayoutD, LayoutE, EndsEarly, ChromeEverywhere];

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    public static ParsedUpdate Parse(string name) => LegacyParser.Parse(Read(name));
}
