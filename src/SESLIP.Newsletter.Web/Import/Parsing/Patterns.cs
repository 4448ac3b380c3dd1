using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>What every reader's patterns share: the newsletter's wording is matched in any case, and only
/// named groups are captured.</summary>
internal static class Patterns
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
}
