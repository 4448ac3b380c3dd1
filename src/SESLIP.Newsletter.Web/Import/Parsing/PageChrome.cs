namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>Page furniture that a browser's text copy keeps but that was never newsletter content.</summary>
internal static class PageChrome
{
    /// <summary>The header picture's alt text, the site's excerpt of the intro ("Newsletters … […]") and the
    /// name of the site's section on its own ("Newsletters").</summary>
    public static bool IsChrome(SourceLine line) =>
        line.Is("Three children playing happily together")
        || line.Is("Newsletters")
        || (line.Text.StartsWith("Newsletters ", StringComparison.OrdinalIgnoreCase)
            && (line.Text.EndsWith("[…]", StringComparison.Ordinal) || line.Text.EndsWith("[...]", StringComparison.Ordinal)));
}
