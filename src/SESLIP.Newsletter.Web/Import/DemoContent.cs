using System.Reflection;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>The two published issues the site was specified from, shipped inside the app:
/// first-run demo content, and the importer's test data.</summary>
public static class DemoContent
{
    public const string Update454 = "update-0454.txt";
    public const string Update654 = "update-0654.txt";

    public static IReadOnlyList<string> Names { get; } = [Update454, Update654];

    public static string Read(string name)
    {
        using var stream = typeof(DemoContent).Assembly.GetManifestResourceStream("Demo." + name)
            ?? throw new ArgumentException($"No demo file named {name}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
