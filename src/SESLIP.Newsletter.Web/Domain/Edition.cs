namespace SESLIP.Newsletter.Web.Domain;

// The edition copies: what one update showed of the living directory, frozen with it.
// Each keeps an optional link to the live record so pages can link to it, but never reads
// its text from there.

/// <summary>A "Future dates for network meetings" line as one update showed it.</summary>
public class EditionMeeting : IPartOfUpdate
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public int Position { get; set; }

    public string NetworkName { get; set; } = "";

    /// <summary>What followed the network's name: date, time, place or "via Teams", notes.
    /// Empty when the line gave no date yet.</summary>
    public string Details { get; set; } = "";

    /// <summary>How to find out more, e.g. "More from Mark Evans (contact details below)".</summary>
    public string ContactText { get; set; } = "";

    /// <summary>The person named in <see cref="ContactText"/>, when there is one.</summary>
    public string? ContactName { get; set; }

    public int? NetworkId { get; set; }
    public Network? Network { get; set; }
    public int? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
}

/// <summary>A "Tools &amp; Templates" line as one update showed it.</summary>
public class EditionPublication : IPartOfUpdate
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public int Position { get; set; }

    /// <summary>The line as readers saw it (plain text).</summary>
    public string Text { get; set; } = "";

    public int? PublicationId { get; set; }
    public Publication? Publication { get; set; }
}

/// <summary>A "Contact Details" entry as one update showed it.</summary>
public class EditionContact : IPartOfUpdate
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public int Position { get; set; }

    public string Roles { get; set; } = "";
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";

    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
}

/// <summary>A correction made to an update after it was published.</summary>
public class UpdateCorrection : IPartOfUpdate
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public DateTime CorrectedAtUtc { get; set; }
    public string Note { get; set; } = "";
    public string CorrectedBy { get; set; } = "";

    /// <summary>The edition as it stood before this correction (JSON), so nothing readers saw is lost.</summary>
    public string PreviousContentJson { get; set; } = "";
}
