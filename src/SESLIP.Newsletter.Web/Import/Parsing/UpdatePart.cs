namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The part of a Friday Update a line belongs to; section markers move the parser between them.</summary>
internal enum UpdatePart
{
    Intro,

    /// <summary>News items, and after "Reminders from previous weeks" the reminder items.</summary>
    Items,

    /// <summary>"Future dates for network meetings".</summary>
    Meetings,

    Tools,
    Contacts,
}
