using System.Collections;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>One line of the source file: its 1-based number (for the import report) and its trimmed text.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>Markers and labels are whole lines, matched in any case.</summary>
    public bool Is(string marker) => string.Equals(Text, marker, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The lines of a Friday Update, numbered as the file numbers them. Copies from browsers carry
/// non-breaking spaces and byte-order marks, so they are normalised away here, once.</summary>
internal sealed class SourceLines : IReadOnlyList<SourceLine>
{
    private readonly List<SourceLine> _lines;

    private SourceLines(List<SourceLine> lines) => _lines = lines;

    public int Count => _lines.Count;

    public SourceLine this[int index] => _lines[index];

    public static SourceLines Read(string text) => new(
        text.ReplaceLineEndings("\n").Split('\n')
            .Select((l, i) => new SourceLine(i + 1, l.Replace('\u00A0', ' ').Replace("\uFEFF", "", StringComparison.Ordinal).Trim()))
            .ToList());

    /// <summary>The index of the first line with text, or -1 when there is none.</summary>
    public int FirstNonBlank() => _lines.FindIndex(l => !l.IsBlank);

    /// <summary>A cursor on every line after <paramref name="index"/>, in order.</summary>
    public IEnumerable<LineCursor> After(int index)
    {
        for (var i = index + 1; i < _lines.Count; i++)
        {
            yield return new LineCursor(this, i);
        }
    }

    public SourceLine? NextNonBlank(int index)
    {
        for (var j = index + 1; j < _lines.Count; j++)
        {
            if (!_lines[j].IsBlank)
            {
                return _lines[j];
            }
        }

        return null;
    }

    /// <summary>How many blank lines come straight before line <paramref name="index"/>: a page sets an item's
    /// title off with two or more.</summary>
    public int BlanksBefore(int index)
    {
        var count = 0;
        for (var j = index - 1; j >= 0 && _lines[j].IsBlank; j--)
        {
            count++;
        }

        return count;
    }

    /// <summary>The lines from <paramref name="index"/> up to the next blank line: a title may wrap over them.</summary>
    public IReadOnlyList<SourceLine> BlockAt(int index)
    {
        var block = new List<SourceLine>();
        for (var j = index; j < _lines.Count && !_lines[j].IsBlank; j++)
        {
            block.Add(_lines[j]);
        }

        return block;
    }

    public IEnumerator<SourceLine> GetEnumerator() => _lines.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A line with its place in the file, for readers that decide from the lines around it.</summary>
internal readonly record struct LineCursor(SourceLines Lines, int Index)
{
    public SourceLine Line => Lines[Index];

    public SourceLine? NextNonBlank() => Lines.NextNonBlank(Index);

    public int BlanksBefore => Lines.BlanksBefore(Index);
}
