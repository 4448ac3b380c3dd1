using System.Globalization;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The two ways an update names a publication, and the document links that follow one. Items and
/// Tools &amp; Templates both use them.</summary>
internal static partial class PublicationReader
{
    public static bool IsOnPublished(string text) => OnPublished().IsMatch(text);

    /// <summary>"On 2 May the LGA published / advertised / broadcast / launched / is organising …": the line
    /// under an item's title in the 2023– layouts, whatever the verb.</summary>
    public static bool IsOnAnnouncement(string text) => OnPublished().IsMatch(text) || OnAnnounced().IsMatch(text);

    /// <summary>"On 7 March NSPCC published X" (2023–), also "On 7 MarchNSPCC published X".</summary>
    public static ParsedPublication? ReadOnPublished(string text, DateOnly issueDate)
    {
        var m = OnPublished().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var month = LegacyDates.Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = m.Groups["year"].Success && LegacyDates.TryCreate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, day, out var explicitDate)
            ? explicitDate
            : LegacyDates.InferPast(month, day, issueDate);
        return NewPublication(m.Groups["title"].Value, m.Groups["publisher"].Value, date);
    }

    /// <summary>"X published by Y on 9 April 2021" (2020–2022).</summary>
    public static ParsedPublication? ReadPublishedBy(SourceLine line, DateOnly issueDate, ParseNotes notes)
    {
        var m = PublishedBy().Match(line.Text);
        if (!m.Success)
        {
            return null;
        }

        var month = LegacyDates.Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var yearText = m.Groups["year"].Value;
        DateOnly? date;
        if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && LegacyDates.TryCreate(year, month, day, out var explicitDate))
        {
            date = explicitDate;
        }
        else
        {
            date = LegacyDates.InferPast(month, day, issueDate);
            notes.Add(line, $"year \"{yearText}\" is not a year; assumed {date:yyyy}");
        }

        return NewPublication(m.Groups["title"].Value, m.Groups["publisher"].Value, date);
    }

    /// <summary>"A summary is here (pdf 4 pages)", "The full report (pdf 91 pages) is here", "Read the blog commentary here".</summary>
    public static ParsedDocument? ReadDocument(string text)
    {
        var m = DocumentLine().Match(text.TrimEnd('.'));
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value.Trim();
        if (label.Length is 0 or > 60)
        {
            return null;
        }

        label = char.ToUpperInvariant(label[0]) + label[1..];
        var format = m.Groups["format"].Success ? m.Groups["format"].Value.ToLowerInvariant() : null;
        int? pages = m.Groups["pages"].Success ? int.Parse(m.Groups["pages"].Value, CultureInfo.InvariantCulture) : null;
        return new ParsedDocument(label, format, pages);
    }

    /// <summary>"the Children’s Commissioner" → "Children’s Commissioner"; "Foundations (previously …)" → "Foundations".</summary>
    internal static string OrganisationName(string publisherText)
    {
        var name = publisherText.Trim();
        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && name.EndsWith(')'))
        {
            name = name[..paren];
        }

        return name.Trim();
    }

    private static ParsedPublication NewPublication(string title, string publisherText, DateOnly? date)
    {
        var publication = new ParsedPublication { PublisherText = publisherText.Trim(), Publisher = OrganisationName(publisherText), Date = date };

        // "Safeguarding Pressures Phase 9. The full report (pdf 91 pages) is here. The summary … is here"
        var sentences = title.Trim().Split(". ", StringSplitOptions.TrimEntries);
        var documents = sentences.Skip(1).Select(ReadDocument).ToList();
        if (sentences.Length > 1 && documents.All(d => d is not null))
        {
            publication.Title = sentences[0];
            publication.Documents.AddRange(documents!);
        }
        else
        {
            publication.Title = title.Trim();
        }

        return publication;
    }

    [GeneratedRegex(@"^On\s+(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")(\s+(?<year>\d{4}))?,?\s*(?<publisher>.+?)\s+published\s+(?<title>.+)$", Patterns.Options)]
    private static partial Regex OnPublished();

    [GeneratedRegex(@"^On\s+(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")(\s+(?<year>\d{4}))?,?\s*.+?\s+(published|advertised|broadcast|premiered|launched|announced|released|opened|hosted|is\s+organising|organised|is\s+hosting|is\s+running)\b", Patterns.Options)]
    private static partial Regex OnAnnounced();

    [GeneratedRegex(@"^(?<title>.+?)\s+published\s+by\s+(?<publisher>.+?)\s+(on\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")\s+(?<year>\d{2,4})\s*\.?$", Patterns.Options)]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@"^(read\s+(?<label>.+?)\s+here|(?<label>.+?)\s*(\((?<format>[a-z]+)\s+(?<pages>\d+)\s+pages?\)\s*)?(is|are|can\s+be\s+found)\s+here\s*(\((?<format>[a-z]+)\s+(?<pages>\d+)\s+pages?\))?)$", Patterns.Options)]
    private static partial Regex DocumentLine();
}
