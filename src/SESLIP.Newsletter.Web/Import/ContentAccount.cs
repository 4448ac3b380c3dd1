using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import.Parsing;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>The importer's own proof that nothing was lost silently (docs/adr/0015-no-silent-loss.md).
/// Every source line with words in it must be a frame line (header, chrome, section line, bare label),
/// named in the import report, or found in the text actually written to the update's entities: its words
/// and numbers, in order and next to each other, inside one stored field or record. Comparing words makes
/// the check blind to Markdown escaping, list markers, line breaks and punctuation the readers tidy, and
/// to nothing else.</summary>
internal static partial class ContentAccount
{
    /// <summary>The lines of <paramref name="source"/> that reached neither the entities nor the report.</summary>
    public static IReadOnlyList<ImportNote> FindLost(string source, ParsedUpdate parsed, Update written)
    {
        var records = StoredRecords(written).Select(Words).Where(r => r.Length > 0).ToList();
        var index = new Dictionary<string, List<(int Record, int Position)>>(StringComparer.Ordinal);
        for (var r = 0; r < records.Count; r++)
        {
            for (var p = 0; p < records[r].Length; p++)
            {
                if (!index.TryGetValue(records[r][p], out var at))
                {
                    index[records[r][p]] = at = [];
                }

                at.Add((r, p));
            }
        }

        var reported = parsed.Notes.Select(n => n.Line).ToHashSet();
        var lost = new List<ImportNote>();
        foreach (var line in SourceLines.Read(source))
        {
            if (line.IsBlank || parsed.FrameLines.Contains(line.Number) || reported.Contains(line.Number) || PageChrome.IsChrome(line))
            {
                continue;
            }

            var words = Words(line.Text);
            if (words.Length > 0 && !(index.TryGetValue(words[0], out var starts) && starts.Any(s => Follows(records[s.Record], s.Position, words))))
            {
                lost.Add(new ImportNote(line.Number, "not stored and not reported", line.Text));
            }
        }

        return lost;
    }

    /// <summary>Each field or record the importer writes, as readers will see it.</summary>
    private static IEnumerable<string> StoredRecords(Update update)
    {
        yield return update.Intro;
        foreach (var item in update.Items)
        {
            yield return item.Title;
            yield return item.Body;
            yield return item.Headlines;
            yield return item.ActionRequired;
        }

        foreach (var m in update.Meetings)
        {
            yield return $"{m.NetworkName} {m.Details} {m.ContactText}";
        }

        foreach (var p in update.Publications)
        {
            yield return p.Text;
        }

        foreach (var c in update.Contacts)
        {
            yield return $"{c.Roles} {c.Name} {c.Organisation} {c.Email} {c.Phone}";
        }
    }

    private static bool Follows(string[] record, int start, string[] words)
    {
        if (start + words.Length > record.Length)
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            if (!string.Equals(record[start + i], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
