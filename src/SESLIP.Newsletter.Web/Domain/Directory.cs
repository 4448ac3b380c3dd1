namespace SESLIP.Newsletter.Web.Domain;

// The living directory: networks, meetings, publications, organisations and contacts as they
// are now. Editors change these freely; published updates keep their own edition copies.

public class Organisation : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int Version { get; set; }
}

public class Contact : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>URL-safe identifier, e.g. "mark-evans".</summary>
    public string Slug { get; set; } = "";

    public string Roles { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>Issue date of the newest source that set these details, so an older issue imported
    /// later does not overwrite newer details.</summary>
    public DateOnly? AsOf { get; set; }

    public int Version { get; set; }
}

public class Network : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>URL slug, e.g. "ad-safeguarding".</summary>
    public string Slug { get; set; } = "";

    /// <summary>Markdown: what the network is for.</summary>
    public string Description { get; set; } = "";

    public int? LeadContactId { get; set; }
    public Contact? LeadContact { get; set; }

    /// <summary>How to reach the network when its contact is not in the directory,
    /// e.g. "Contact Sian.fearn@kent.gov.uk".</summary>
    public string ContactText { get; set; } = "";

    public DateOnly? AsOf { get; set; }
    public int Version { get; set; }

    public List<Meeting> Meetings { get; set; } = [];
}

public class Meeting : IVersioned
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }

    /// <summary>Local date in Europe/London; null while the date is still to be confirmed.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Local start time in Europe/London; null for a date without a time.</summary>
    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }
    public Attendance Attendance { get; set; } = Attendance.Unknown;

    /// <summary>Where it meets in person, e.g. "Central London".</summary>
    public string Place { get; set; } = "";

    public string Note { get; set; } = "";

    /// <summary>Overrides the network's lead contact for this meeting.</summary>
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }

    /// <summary>iCalendar UID: set once, never changed, so calendars update events in place.</summary>
    public string Uid { get; set; } = "";

    /// <summary>iCalendar SEQUENCE: raised whenever the date, time or place changes.</summary>
    public int Sequence { get; set; }

    public bool IsCancelled { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}

public enum Attendance
{
    Unknown = 0,
    InPerson = 1,
    Online = 2,
    Hybrid = 3,
}

public class Publication : IVersioned
{
    public int Id { get; set; }
    public string Title { get; set; } = "";

    /// <summary>URL slug, unique.</summary>
    public string Slug { get; set; } = "";

    public int? PublisherId { get; set; }
    public Organisation? Publisher { get; set; }

    /// <summary>The publisher's name exactly as the newsletter gave it, e.g. "the Children’s Commissioner".</summary>
    public string PublisherText { get; set; } = "";

    public DateOnly? PublishedOn { get; set; }
    public string? Url { get; set; }
    public List<PublicationDocument> Documents { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A document of a publication, e.g. "A summary (pdf 4 pages)".</summary>
public class PublicationDocument
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public int Position { get; set; }
    public string Label { get; set; } = "";

    /// <summary>Null until an editor fills in the target (imported text lost its links).</summary>
    public string? Url { get; set; }

    public string? Format { get; set; }
    public int? Pages { get; set; }
}
