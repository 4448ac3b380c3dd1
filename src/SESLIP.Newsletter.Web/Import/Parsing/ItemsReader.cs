using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The news and reminder items, in whatever layout frames them: the <see cref="ItemLayout"/> says
/// where an item starts and how its title reads; the labels and text of an item's parts are read here.</summary>
internal sealed partial class ItemsReader(ParsedUpdate result, ParseNotes notes, ItemLayout layout)
{
    private ItemDraft? _item;
    private ItemPart _part;

    /// <summary>News until "Reminders from previous weeks", reminders after it.</summary>
    public ItemSection Section { get; set; } = ItemSection.News;

    public bool IsBetweenItems => _item is null;

    public ItemDraft? Current => _item;

    public ParseNotes Notes => notes;

    /// <summary>The part of the open item being read.</summary>
    public ItemPart Part => _part;

    /// <summary>"Headlines", "Details", "Key Findings" and the like: the label that opens an item's headlines.</summary>
    public bool IsHeadlinesLabel(SourceLine line) =>
        line.Is("Headlines") || (layout.ReadsWordedHeadlineLabels && HeadlinesLabel().IsMatch(line.Text));

    /// <summary>A line that frames content without holding any (a bare label): accounted for, not stored.</summary>
    public void Frame(SourceLine line) => result.FrameLines.Add(line.Number);

    /// <summary>Any label this layout reads inside an item.</summary>
    public bool IsLabel(SourceLine line) =>
        layout.IsBodyLabel(line) || IsActionLabel(line) || line.Is("Headlines")
        || (layout.ReadsWordedHeadlineLabels && HeadlinesLabel().IsMatch(line.Text));

    /// <summary>"Updates" opens the items in the Headlines layout.</summary>
    public static bool IsMarker(SourceLine line) => line.Is("Updates");

    public static bool IsActionLabel(SourceLine line) => ActionLabel().IsMatch(line.Text);

    /// <summary>A label line inside an item (its body label or "Action Required:"), read as the switch it is.</summary>
    public bool TryReadLabel(SourceLine line)
    {
        if (layout.IsBodyLabel(line) && _part is ItemPart.Title or ItemPart.Body)
        {
            _part = ItemPart.Body;
            Frame(line);
            return true;
        }

        if (IsActionLabel(line) && _part is ItemPart.Title or ItemPart.Body or ItemPart.Headlines)
        {
            _part = ItemPart.Action;
            Frame(line);
            return true;
        }

        // "Headlines" opens the headlines; a label with more words ("Children’s Headlines", "Details",
        // "Key Findings") does too, and its words are kept as the headlines' first line.
        var worded = layout.ReadsWordedHeadlineLabels && HeadlinesLabel().IsMatch(line.Text);
        if ((line.Is("Headlines") && _part == ItemPart.Body) || (worded && _part is ItemPart.Title or ItemPart.Body or ItemPart.Headlines))
        {
            _part = ItemPart.Headlines;
            if (line.Is("Headlines"))
            {
                Frame(line);
            }
            else
            {
                _item!.AddParagraph(ItemPart.Headlines, line.Text);
            }

            return true;
        }

        return false;
    }

    /// <summary>Ends the item being read and begins one at <paramref name="line"/>.</summary>
    public void Start(SourceLine line, string? title)
    {
        Finish();
        _item = new ItemDraft(line.Number, Section);
        _part = ItemPart.Title;
        if (title is { Length: > 0 })
        {
            _item.AddTitle(title);
        }
    }

    public void Open(ItemPart part) => _part = part;

    public void Read(SourceLine line)
    {
        switch (_part)
        {
            case ItemPart.Title:
                layout.ReadTitleLine(this, line);
                return;
            case ItemPart.Body or ItemPart.Headlines or ItemPart.Action:
                if (_part == ItemPart.Body && layout.NamesPublicationInBody && _item!.Item.Publication is null && PublicationReader.IsOnPublished(line.Text))
                {
                    // Below a subtitle: the "On … published" line still names the item's publication.
                    _item.Item.Publication = PublicationReader.ReadOnPublished(line.Text, result.IssueDate);
                }

                _item!.AddText(_part, line.Text);
                if (_item.Item.Publication is { } publication && PublicationReader.ReadDocument(line.Text) is { } document)
                {
                    publication.Documents.Add(document);
                }

                return;
            default:
                notes.Add(line, "not inside any item or section; left out");
                return;
        }
    }

    public void Break() => _item?.Break(_part);

    /// <summary>Keeps the item being read, if it has a title; an item without one is reported instead.</summary>
    public void Finish()
    {
        if (_item is null)
        {
            return;
        }

        var item = _item.Complete();
        if (item.Title.Length == 0)
        {
            notes.Add(item.Line, "item has no title; left out", "");
        }
        else
        {
            result.Items.Add(item);
        }

        Discard();
    }

    /// <summary>Ends the item being read where the meeting dates begin: an item with text is kept (an issue
    /// may have no reminders between its last item and the dates), a bare title is dropped (<see cref="Discard"/>).</summary>
    public void EndBeforeMeetings()
    {
        if (_item is { HasText: true })
        {
            Finish();
        }
        else
        {
            Discard();
        }
    }

    /// <summary>Drops the item being read: in the 2020–22 layout the meeting dates sit in a "Programme:"
    /// block of their own, which is no item.</summary>
    public void Discard()
    {
        _item = null;
        _part = ItemPart.None;
    }

    [GeneratedRegex(@"^action required:?\s*$", Patterns.Options)]
    private static partial Regex ActionLabel();

    [GeneratedRegex(@"^([\w’']+\s+){0,3}headlines:?$|^details:?$|^key\s+findings:?$", Patterns.Options)]
    private static partial Regex HeadlinesLabel();
}
