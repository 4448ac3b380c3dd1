using System.Globalization;
using System.Text.RegularExpressions;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The layout a file was read in, the evidence for it, and the item layout that reads it.</summary>
internal sealed record DetectedLayout(ArchiveLayout Archive, ItemLayout Items, string Evidence);

/// <summary>Chooses the layout of a file from what its lines show, once, before reading it. No single
/// marker decides: each layout scores the signals that speak for it (labels, section lines, the header's
/// form, a repeated header, the issue's year) and the highest score wins.</summary>
internal static partial class LayoutDetector
{
    public static DetectedLayout Detect(SourceLines lines, UpdateHeader header)
    {
        var text = lines[header.Index].Text;
        var year = header.Date.Year;
        int programme = 0, updateLabels = 0, actions = 0, headlines = 0, details = 0, announcements = 0;
        bool updatesMarker = false, repeated = false;
        foreach (var line in lines.Skip(header.Index + 1))
        {
            programme += ProgrammeItemLayout.IsEvidence(line) ? 1 : 0;
            updateLabels += ProgrammeItemLayout.IsUpdateLabel(line) ? 1 : 0;
            actions += line.Text == "Action Required:" ? 1 : 0;
            headlines += line.Text.EndsWith("headlines", StringComparison.OrdinalIgnoreCase) && line.Text.Length < 40 ? 1 : 0;
            details += line.Is("Details") || line.Is("Details:") ? 1 : 0;
            announcements += PublicationReader.IsOnAnnouncement(line.Text) ? 1 : 0;
            updatesMarker |= ItemsReader.IsMarker(line);
            repeated |= HeaderReader.IsRepeatOf(header, line.Text);
        }

        var upper = text.StartsWith("UPDATE NO", StringComparison.Ordinal);
        var ordinal = OrdinalDay().IsMatch(text);
        var signals = new List<string>();
        void Note(bool seen, string signal)
        {
            if (seen)
            {
                signals.Add(signal);
            }
        }

        Note(programme > 0, $"{programme} \"Programme:\" labels");
        Note(actions > 0, $"{actions} \"Action Required:\" labels");
        Note(upper, "an upper-case header");
        Note(ordinal, "an ordinal day in the header");
        Note(repeated, "a repeated header");
        Note(updatesMarker, "an \"Updates\" line");
        Note(headlines > 0, $"{headlines} headlines labels");
        Note(details > 0, $"{details} \"Details\" labels");
        Note(announcements > 0, $"{announcements} \"On <date> … published\" lines");
        Note(true, $"the year {year.ToString(CultureInfo.InvariantCulture)}");

        var scores = new Dictionary<ArchiveLayout, int>
        {
            [ArchiveLayout.A] = (5 * programme) + updateLabels + (upper ? 1 : 0),
            [ArchiveLayout.B] = (2 * Math.Min(actions, 5)) + (upper ? 2 : 0) + (repeated ? 2 : 0) + (year <= 2022 ? 2 : 0),
            [ArchiveLayout.C] = (updatesMarker ? 0 : 4) + (announcements > 0 ? 2 : 0) + (year is 2023 or 2024 ? 3 : 0) + (ordinal ? 1 : 0) + (headlines > 0 ? 1 : 0),
            [ArchiveLayout.D] = (updatesMarker ? 4 : 0) + (headlines > 0 ? 2 : 0) + (year >= 2024 ? 2 : 0) + (ordinal ? 1 : 0) + (announcements > 0 ? 1 : 0),
            [ArchiveLayout.E] = (updatesMarker ? 4 : 0) + (details > 0 ? 3 : 0) + (year >= 2025 ? 1 : 0) + (ordinal ? 1 : 0) + (announcements > 0 ? 1 : 0),
        };

        // Ties go to the older layout: its rules are the stricter ones.
        var chosen = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;
        ItemLayout items = chosen == ArchiveLayout.A
            ? new ProgrammeItemLayout()
            : new TitledItemLayout(header.Date, chosen, itemsMayFollowIntro: !repeated && !updatesMarker);
        var evidence = $"layout {chosen} ({string.Join(", ", scores.Select(s => $"{s.Key} {s.Value}"))}) from {string.Join(", ", signals)}";
        return new DetectedLayout(chosen, items, evidence);
    }

    [GeneratedRegex(@"\d(st|nd|rd|th)\s", Patterns.Options)]
    private static partial Regex OrdinalDay();
}
