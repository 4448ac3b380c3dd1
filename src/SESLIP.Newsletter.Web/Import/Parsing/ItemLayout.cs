using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>How one layout of the Friday Update frames its items: what begins an item, what labels its
/// body, and how its title reads. <see cref="LayoutDetector"/> chooses one per file.</summary>
internal abstract class ItemLayout
{
    public abstract UpdateLayout Layout { get; }

    /// <summary>Begins an item at the cursor's line when that line starts one, and says whether it did.
    /// <paramref name="part"/> is the part of the update the line is in (intro, items or meeting dates).</summary>
    public abstract bool TryStartItem(LineCursor cursor, UpdatePart part, ItemsReader items);

    /// <summary>A label that opens an item's body.</summary>
    public abstract bool IsBodyLabel(SourceLine line);

    /// <summary>Whether labels with words around "Headlines" ("Key headlines", "Details", "Key Findings")
    /// open an item's headlines; before 2023 such a line is text.</summary>
    public virtual bool ReadsWordedHeadlineLabels => false;

    /// <summary>Whether an "On … published …" line in an item's body (below a subtitle) names the item's
    /// publication, as in 2023 and later; before that such a line is only part of the story.</summary>
    public virtual bool NamesPublicationInBody => false;

    /// <summary>A line read while the item's title is open.</summary>
    public abstract void ReadTitleLine(ItemsReader items, SourceLine line);
}
