using System.Globalization;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>Where the header line is, and the update's number and date it gives.</summary>
internal sealed record UpdateHeader(int Index, int Number, DateOnly Date);

/// <summary>The "Update no 654 21st March 2025" line every layout starts with. It is the one thing an import
/// insists on: a file without it is refused, with the line and what was expected.</summary>
internal static partial class HeaderReader
{
    public static UpdateHeader Read(SourceLines lines)
    {
        var first = lines.FirstNonBlank();
        if (first < 0)
        {
            throw new ImportFormatException(1, "The file is empty.");
        }

        var line = lines[first];
        var match = Header().Match(line.Text);
        if (!match.Success)
        {
            throw new ImportFormatException(line.Number,
                $"Expected a header such as \"Update no 654 21st March 2025\" but found \"{Shorten(line.Text)}\".");
        }

        if (!int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new ImportFormatException(line.Number, $"\"{match.Groups["number"].Value}\" is not an update number.");
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!LegacyDates.TryCreate(year, LegacyDates.Month(match.Groups["month"].Value), day, out var date))
        {
            throw new ImportFormatException(line.Number, $"The header's date \"{match.Groups["date"].Value}\" is not a real date.");
        }

        return new UpdateHeader(first, number, date);
    }

    /// <summary>The same header again further down: page furniture, which in the 2019–22 pages marks where
    /// the intro ends.</summary>
    public static bool IsRepeatOf(UpdateHeader header, string text)
    {
        var match = Header().Match(text);
        return match.Success && match.Groups["number"].Value == header.Number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^update\s+no\.?\s*(?<number>\d{1,9})\s+(?<date>(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")\s+(?<year>\d{4}))\s*$", Patterns.Options)]
    private static partial Regex Header();
}
