using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import;

// What the parser read from one plain-text Friday Update, before anything touches the database.
// Markdown fields are already escaped: imported text is shown, never interpreted.

public sealed class ParsedUpdate
{
    public int Number { get; set; }
    public DateOnly IssueDate { get; set; }
    public UpdateLayout Layout { get; set; }

    /// <summary>Which of the archive's layouts the file was read in, and why.</summary>
    public ArchiveLayout SourceLayout { get; set; }

    public string LayoutEvidence { get; set; } = "";

    /// <summary>The file stops before its Contact Details: kept as far as it goes.</summary>
    public bool EndedEarly { get; set; }

    /// <summary>Lines that frame the content rather than hold it (the header and its repeat, page chrome,
    /// section markers, bare labels): accounted for without being stored.</summary>
    public HashSet<int> FrameLines { get; } = [];
    public string Intro { get; set; } = "";
    public List<ParsedItem> Items { get; } = [];
    public List<ParsedMeetingLine> Meetings { get; } = [];
    public List<ParsedToolsLine> Tools { get; } = [];
    public List<ParsedContact> Contacts { get; } = [];
    public List<ImportNote> Notes { get; } = [];
}

public sealed class ParsedItem
{
    public int Line { get; init; }
    public ItemSection Section { get; init; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Headlines { get; set; } = "";
    public string ActionRequired { get; set; } = "";
    public ParsedPublication? Publication { get; set; }
}

public sealed class ParsedPublication
{
    public string Title { get; set; } = "";

    /// <summary>The publisher as written, e.g. "the Children’s Commissioner".</summary>
    public string PublisherText { get; set; } = "";

    /// <summary>The organisation's name, e.g. "Children’s Commissioner".</summary>
    public string Publisher { get; set; } = "";

    public DateOnly? Date { get; set; }
    public List<ParsedDocument> Documents { get; } = [];
}

public sealed record ParsedDocument(string Label, string? Format, int? Pages);

public sealed class ParsedToolsLine
{
    public int Line { get; init; }
    public string Text { get; init; } = "";
    public ParsedPublication? Publication { get; init; }
}

public sealed class ParsedMeetingLine
{
    public int Line { get; init; }
    public string NetworkName { get; set; } = "";
    public string Details { get; set; } = "";
    public string ContactText { get; set; } = "";

    /// <summary>A person's name, when the contact phrase names one.</summary>
    public string? ContactName { get; set; }

    /// <summary>An e-mail address, when the contact phrase gives one instead of a name.</summary>
    public string? ContactEmail { get; set; }

    public DateOnly? Date { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public Attendance Attendance { get; set; }
    public string Place { get; set; } = "";
    public string Note { get; set; } = "";
}

public sealed class ParsedContact
{
    public int Line { get; init; }
    public string Roles { get; init; } = "";
    public string Name { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
}

/// <summary>The file is not a Friday Update at all (e.g. no "Update no N date" header).</summary>
public sealed class ImportFormatException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
