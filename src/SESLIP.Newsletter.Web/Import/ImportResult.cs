namespace SESLIP.Newsletter.Web.Import;

/// <summary>What importing one file did, for the summary the command prints.</summary>
public sealed record ImportResult(string Source, ImportOutcome Outcome, int? UpdateNumber, string Summary, IReadOnlyList<ImportNote> Notes)
{
    public bool Failed => Outcome == ImportOutcome.Failed;

    /// <summary>The file stops before its Contact Details and was imported as far as it goes.</summary>
    public bool EndedEarly { get; init; }

    /// <summary>Nothing was written: the outcome is what an import would have done.</summary>
    public bool DryRun { get; init; }

    public int Guesses => Notes.Count(n => n.IsGuess);
}

public enum ImportOutcome
{
    Imported,

    /// <summary>Imported again over an update no one had changed since its last import.</summary>
    Replaced,

    Unchanged,
    Failed,
}

/// <summary>A line the importer could not place, or placed with a guess (line numbers are 1-based).</summary>
public sealed record ImportNote(int Line, string Message, string Text, bool IsGuess = false);
