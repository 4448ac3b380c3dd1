namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The anchors of the update's edit page: every change made on the page returns to the section or
/// the line it changed, so the editor carries on where they were (docs/adr/0033-draft-page-in-place.md).</summary>
public static class EditSections
{
    public const string Publishing = "publishing";
    public const string Details = "details";
    public const string PreviewLinks = "share-preview";

    public static string Items(Domain.ItemSection section) => section == Domain.ItemSection.News ? "news" : "reminders";

    public static string Item(int itemId) => $"item-{itemId}";

    public static string Lines(EditionLineKind kind) => kind.Segment();

    public static string Line(EditionLineKind kind, int lineId) => $"line-{kind.Segment()}-{lineId}";
}
