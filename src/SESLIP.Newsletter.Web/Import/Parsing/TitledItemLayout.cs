using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>Every layout without <c>Programme:</c> labels (B–E): an item is a title line, known by what
/// follows it (an <c>On &lt;date&gt; &lt;publisher&gt; published/advertised/… </c> line, possibly after a
/// subtitle) or, failing that, by its place (first after a section line) or its shape (set off by two or
/// more blank lines). A title found only by its place or shape is reported as a guess.</summary>
internal sealed class TitledItemLayout(DateOnly issueDate, ArchiveLayout archive, bool itemsMayFollowIntro) : ItemLayout
{
    /// <summary>Longer lines are paragraphs, not titles.</summary>
    private const int TitleLength = 250;

    /// <summary>A wrapped title's lines are short; a longer line below a title is the body.</summary>
    private const int WrappedLineLength = 150;

    private const int MostTitleLines = 3;

    public override UpdateLayout Layout => archive == ArchiveLayout.B ? UpdateLayout.ProgrammeUpdate : UpdateLayout.Headlines;

    /// <summary>"Key headlines", "Children’s Headlines", "Details", "Key Findings" open the headlines from 2023.</summary>
    public override bool ReadsWordedHeadlineLabels => archive is ArchiveLayout.C or ArchiveLayout.D or ArchiveLayout.E;

    public override bool NamesPublicationInBody => archive is ArchiveLayout.C or ArchiveLayout.D or ArchiveLayout.E;

    public override bool TryStartItem(LineCursor cursor, UpdatePart part, ItemsReader items)
    {
        var line = cursor.Line;
        if ((part == UpdatePart.Intro && !itemsMayFollowIntro)
            || part is UpdatePart.Tools or UpdatePart.Contacts
            || PublicationReader.IsOnAnnouncement(line.Text)
            || items.IsLabel(line)
            || items.Part == ItemPart.Title)
        {
            // Under a title that has no text yet comes more of the title, a subtitle or the body.
            return false;
        }

        var whole = cursor.Lines.BlockAt(cursor.Index);
        var block = whole.TakeWhile(l => !PublicationReader.IsOnAnnouncement(l.Text)).ToList();
        var titleBlock = block.Count <= MostTitleLines && block.All(l => l.Text.Length <= TitleLength);
        var after = block.Count < whole.Count ? whole[block.Count] : cursor.Lines.NextNonBlank(block[^1].Number - 1);
        var setOff = cursor.BlanksBefore >= 2;
        if (titleBlock && after is not null && PublicationReader.IsOnAnnouncement(after.Text))
        {
            items.Start(line, line.Text);
            return true;
        }

        // A subtitle between the title and the "On … published" line.
        if (titleBlock && setOff && after is not null && cursor.Lines.NextNonBlank(after.Number - 1) is { } then
            && PublicationReader.IsOnAnnouncement(then.Text))
        {
            items.Start(line, line.Text);
            return true;
        }

        if (line.Text.Length > TitleLength || !titleBlock || ItemDraft.IsListLine(line.Text))
        {
            return false;
        }

        // An item has one headlines label: one further down means a new item starts here.
        if (part == UpdatePart.Items && items.Part is ItemPart.Headlines or ItemPart.Action && LooksLikeTitle(line.Text)
            && after is not null
            && (items.IsHeadlinesLabel(after) || (cursor.Lines.NextNonBlank(after.Number - 1) is { } next && items.IsHeadlinesLabel(next))))
        {
            items.Start(line, line.Text);
            items.Notes.Guess(line, "read as an item's title because a headlines label follows it");
            return true;
        }

        if (part == UpdatePart.Items && items.IsBetweenItems)
        {
            items.Start(line, line.Text);
            items.Notes.Guess(line, "read as an item's title because it is the first line after a section line");
            return true;
        }

        // Meeting lines ("Network: date …") are never titles, however they are spaced.
        if (setOff && !(part == UpdatePart.Meetings && MeetingLinesReader.LooksLikeMeeting(line)))
        {
            items.Start(line, line.Text);
            items.Notes.Guess(line, "read as an item's title because blank lines set it off");
            return true;
        }

        return false;
    }

    public override bool IsBodyLabel(SourceLine line) => false;

    /// <summary>Short, and not ending like a sentence or a lead-in.</summary>
    private static bool LooksLikeTitle(string text) => text.Length <= WrappedLineLength && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(';') && !text.EndsWith(',');

    /// <summary>Under the title: the "On … published …" line (which names the item's publication), more of a
    /// wrapped title, or the body's first paragraph (a subtitle reads as one).</summary>
    public override void ReadTitleLine(ItemsReader items, SourceLine line)
    {
        var draft = items.Current!;
        if (PublicationReader.IsOnAnnouncement(line.Text))
        {
            draft.Item.Publication = PublicationReader.ReadOnPublished(line.Text, issueDate);
            draft.AddParagraph(ItemPart.Body, line.Text);
            items.Open(ItemPart.Body);
            return;
        }

        if (!draft.TitleClosed && draft.TitleLineCount is > 0 and < MostTitleLines && line.Text.Length <= WrappedLineLength)
        {
            draft.AddTitle(line.Text);
            return;
        }

        draft.AddText(ItemPart.Body, line.Text);
        items.Open(ItemPart.Body);
    }
}
