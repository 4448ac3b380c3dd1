namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The lines the parser could not place, or placed with a guess, in the order it met them: the
/// import report lists them so an editor can check each one by its line number.</summary>
internal sealed class ParseNotes(List<ImportNote> notes)
{
    public void Add(SourceLine line, string message) => notes.Add(new ImportNote(line.Number, message, line.Text));

    /// <summary>A line placed by its shape alone (e.g. a title known only by the blank lines around it).</summary>
    public void Guess(SourceLine line, string message) => notes.Add(new ImportNote(line.Number, message, line.Text, IsGuess: true));

    public void Add(int line, string message, string text) => notes.Add(new ImportNote(line, message, text));
}
