using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>"Reminders from previous weeks": the items after it are reminders, read as the layout reads any
/// item; the meeting dates usually follow inside it.</summary>
internal static partial class RemindersReader
{
    public static bool IsMarker(SourceLine line) => RemindersMarker().IsMatch(line.Text);

    /// <summary>The word "Reminder" on its own between reminder items labels them; it is not content.</summary>
    public static bool IsLabel(SourceLine line) => line.Is("Reminder");

    [GeneratedRegex(@"^reminders?\s+from\s+previous\s+weeks$", Patterns.Options)]
    private static partial Regex RemindersMarker();
}
