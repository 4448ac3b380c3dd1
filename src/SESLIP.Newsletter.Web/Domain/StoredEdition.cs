namespace SESLIP.Newsletter.Web.Domain;

/// <summary>A published update's body (contents list, corrections, intro, items, reminders, meeting lines, Tools &amp;
/// Templates, contacts) as HTML, rendered once by the page's own partial and served from here until what it was
/// rendered from changes (docs/adr/0038-stored-editions.md). A copy, never the record: deleting every row loses
/// nothing, each is rendered again on its first read.</summary>
public class StoredEdition
{
    public const int TemplateVersionLength = 64;
    public const int BasisLength = 200;

    public int UpdateId { get; set; }

    /// <summary>The partial's output, encoded and sanitised as it was rendered.</summary>
    public string Html { get; set; } = "";

    /// <summary>The build of the views and code that rendered it; another build renders it again.</summary>
    public string TemplateVersion { get; set; } = "";

    /// <summary>What else it was rendered from (the update's and the previous update's last change, the directory's
    /// version); any difference renders it again.</summary>
    public string Basis { get; set; } = "";

    public DateTime RenderedAtUtc { get; set; }
}
