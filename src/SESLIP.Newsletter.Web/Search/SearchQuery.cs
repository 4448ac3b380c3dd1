using System.Globalization;
using System.Text;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>A reader's search, parsed by the site into words, "exact phrases", prefix* and -exclusions. The
/// engines build their own syntax from this structure and never see the raw text, so any input at all gives a
/// normal page: what cannot be read is dropped and explained in <see cref="Notes"/>.</summary>
public sealed class SearchQuery
{
    /// <summary>Longer input is cut here: a real search is a few words, and the engines need no more.</summary>
    public const int MaxLength = 200;

    /// <summary>More terms than this add nothing but cost; the rest are ignored, with a note.</summary>
    public const int MaxTerms = 10;

    // A prefix shorter than this would expand to most of the index.
    private const int MinPrefixLength = 2;

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms, IReadOnlyList<string> notes)
    {
        Text = text;
        Terms = terms;
        Notes = notes;
    }

    /// <summary>The input as the site read it (trimmed, cut to length, control characters removed), to echo back.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>What the reader should know about how the search was read, e.g. an unclosed quote.</summary>
    public IReadOnlyList<string> Notes { get; }

    public IEnumerable<SearchTerm> Included => Terms.Where(t => !t.IsExcluded);

    public IEnumerable<SearchTerm> Excluded => Terms.Where(t => t.IsExcluded);

    /// <summary>True when there is something to look for: at least one word that must match.</summary>
    public bool CanRun => Included.Any();

    public bool IsEmpty => Text.Length == 0;

    public static SearchQuery Parse(string? input)
    {
        var notes = new List<string>();
        var text = Clean(input, notes);
        var terms = new List<SearchTerm>();
        var i = 0;
        var droppedOperators = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var excluded = false;
            if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
                c = text[i];
            }

            string raw;
            bool quoted = false;
            if (c == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    notes.Add("A quotation mark was not closed, so the words after it are searched as a phrase.");
                    close = text.Length;
                }

                raw = text[(i + 1)..Math.Min(close, text.Length)];
                i = close + 1;
                quoted = true;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                raw = text[i..end];
                i = end;
            }

            var prefix = false;
            if (i < text.Length && text[i] == '*' && quoted)
            {
                prefix = true;
                i++;
            }
            else if (!quoted && raw.EndsWith('*'))
            {
                prefix = true;
            }

            if (!quoted && raw is "AND" or "OR" or "NOT")
            {
                // Readers who type Boolean operators mean "all of these" at most; every word must match anyway.
                droppedOperators = true;
                continue;
            }

            var tokens = Tokenize(raw);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (prefix && tokens[^1].Length < MinPrefixLength)
            {
                notes.Add($"“{raw}” is too short to search for words starting with it; it was searched as a whole word.");
                prefix = false;
            }

            var term = new SearchTerm(tokens, prefix, excluded);
            if (!terms.Contains(term, TermComparer.Instance))
            {
                terms.Add(term);
            }
        }

        if (droppedOperators)
        {
            notes.Add("AND, OR and NOT are not needed: every word must match. Put a minus sign before a word to leave it out.");
        }

        if (terms.Count > MaxTerms)
        {
            notes.Add($"Only the first {MaxTerms} words or phrases were used.");
            terms = terms.Take(MaxTerms).ToList();
        }

        if (!string.IsNullOrWhiteSpace(input) && terms.Count == 0)
        {
            notes.Add("Your search has no words or numbers in it. Try one or more words.");
        }
        else if (terms.Count > 0 && terms.All(t => t.IsExcluded))
        {
            notes.Add("Add at least one word to look for: a minus sign only leaves words out.");
        }

        return new SearchQuery(text, terms, notes);
    }

    /// <summary>Runs of letters and digits, lower-cased: the same split the engines' word breakers make, so a
    /// word written "sector-led" or "children’s" becomes the phrase the index holds.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    // Typographic quotes, dashes and apostrophes become the plain ones a reader means; control characters go.
    private static string Clean(string? input, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }

        var text = input.Trim();
        if (text.Length > MaxLength)
        {
            notes.Add($"Your search was longer than {MaxLength} characters, so only the start of it was used.");
            var cut = text.LastIndexOf(' ', MaxLength);
            text = text[..(cut > MaxLength / 2 ? cut : MaxLength)];
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            cleaned.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ when char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse => ' ',
                _ => c,
            });
        }

        return cleaned.ToString().Trim();
    }

    private sealed class TermComparer : IEqualityComparer<SearchTerm>
    {
        public static readonly TermComparer Instance = new();

        public bool Equals(SearchTerm? x, SearchTerm? y) =>
            x is not null && y is not null && x.IsPrefix == y.IsPrefix && x.IsExcluded == y.IsExcluded && x.Tokens.SequenceEqual(y.Tokens);

        public int GetHashCode(SearchTerm obj) => HashCode.Combine(obj.Tokens.Count, obj.Tokens[0], obj.IsPrefix, obj.IsExcluded);
    }
}
