namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The three kinds of line an update copies from the directory. In addresses each is its
/// lowercase plural (<c>/lines/meetings/…</c>), which binds to the value case-insensitively.</summary>
public enum EditionLineKind
{
    Meetings = 1,
    Publications,
    Contacts,
}

public static class EditionLineKinds
{
    /// <summary>The route parameter: only the three segments match, so any other answers not found.</summary>
    public const string Route = "{kind:regex(^(meetings|publications|contacts)$)}";

    /// <summary>The address segment, also the stem of the edit page's anchor for the list.</summary>
    public static string Segment(this EditionLineKind kind) => kind switch
    {
        EditionLineKind.Meetings => "meetings",
        EditionLineKind.Publications => "publications",
        _ => "contacts",
    };

    public static string Singular(this EditionLineKind kind) => Segment(kind)[..^1];
}
