namespace SESLIP.Newsletter.Web.Domain;

/// <summary>An item of an update: news of this week, or a reminder from previous weeks.
/// All text fields are Markdown and go through <c>Rendering.MarkdownRenderer</c>.</summary>
public class UpdateItem : IVersioned, IPartOfUpdate
{
    public int Id { get; set; }
    public int UpdateId { get; set; }
    public Update? Update { get; set; }

    public ItemSection Section { get; set; } = ItemSection.News;
    public int Position { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Stable, URL-safe fragment for the item's permalink, unique within its update.</summary>
    public string Anchor { get; set; } = "";

    public string Body { get; set; } = "";
    public string Headlines { get; set; } = "";
    public string ActionRequired { get; set; } = "";

    /// <summary>The date the action is due by (London), if the editor gave one: the item is listed on the open
    /// actions page until the end of that day (docs/adr/0037-open-actions.md).</summary>
    public DateOnly? ActionDeadline { get; set; }

    /// <summary>The publication the item reports, if any (a link into the library; the item's own text
    /// keeps the wording readers saw).</summary>
    public int? PublicationId { get; set; }
    public Publication? Publication { get; set; }

    /// <summary>After this date a reminder is no longer carried forward into new updates.</summary>
    public DateOnly? RemindUntil { get; set; }

    /// <summary>The item this one was carried forward from, when it is a reminder.</summary>
    public int? CarriedFromItemId { get; set; }

    public int Version { get; set; }
}

public enum ItemSection
{
    News = 0,
    Reminder = 1,
}
