namespace SESLIP.Newsletter.Web.Domain;

/// <summary>What the importer did with the file an update came from, kept with the update so an editor can
/// check the lines it could not place, and so a later <c>import --replace</c> can tell whether anyone has
/// changed the update since (docs/adr/0026-import-report-and-replace.md).</summary>
public class ImportReport
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public Update? Update { get; set; }

    /// <summary>The file's name, without its folder.</summary>
    public string SourceFile { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }

    /// <summary>The archive layout the file was read in (A–E) and the evidence for it.</summary>
    public string Layout { get; set; } = "";

    public string LayoutEvidence { get; set; } = "";

    /// <summary>The file stops before its Contact Details.</summary>
    public bool EndedEarly { get; set; }

    /// <summary>SHA-256 of the file's text as read.</summary>
    public string SourceHash { get; set; } = "";

    /// <summary>SHA-256 of what the import wrote (<see cref="UpdateContentHash"/>): a different hash today
    /// means the update was changed after it was imported.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The update's version and last-changed stamp as the import left them.</summary>
    public int UpdateVersion { get; set; }

    public DateTime UpdateStampUtc { get; set; }

    public List<ImportReportLine> Lines { get; set; } = [];
}

/// <summary>A source line the importer could not place, or placed by a guess.</summary>
public class ImportReportLine
{
    public int Id { get; set; }
    public int ImportReportId { get; set; }
    public int Position { get; set; }

    /// <summary>1-based line number in the source file.</summary>
    public int Line { get; set; }

    public string Reason { get; set; } = "";
    public string Text { get; set; } = "";
    public bool IsGuess { get; set; }
}
