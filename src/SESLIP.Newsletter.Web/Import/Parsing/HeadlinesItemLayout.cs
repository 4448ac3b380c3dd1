using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The <c>Updates</c> and <c>Headlines</c> layout (Update no 654): a title line, then
/// <c>On &lt;date&gt; &lt;publisher&gt; published &lt;title&gt;</c>, the body, and an optional
/// <c>Headlines</c> list.</summary>
internal sealed class HeadlinesItemLayout(DateOnly issueDate) : ItemLayout
{
    public override UpdateLayout Layout => UpdateLayout.Headlines;

    /// <summary>A title is known by the line after it: the "On … published …" line.</summary>
    public override bool TryStartItem(LineCursor cursor, UpdatePart part, ItemsReader items)
    {
        var text = cursor.Line.Text;
        if (part == UpdatePart.Intro
            || cursor.NextNonBlank() is not { } next
            || !PublicationReader.IsOnPublished(next.Text)
            || PublicationReader.IsOnPublished(text))
        {
            return false;
        }

        items.Start(cursor.Line, text);
        return true;
    }

    public override bool IsBodyLabel(SourceLine line) => false;

    /// <summary>The line after the title is the "On … published …" line: it names the item's publication
    /// and is the body's first paragraph.</summary>
    public override void ReadTitleLine(ItemsReader items, SourceLine line)
    {
        var draft = items.Current!;
        draft.Item.Publication = PublicationReader.ReadOnPublished(line.Text, issueDate);
        draft.AddParagraph(ItemPart.Body, line.Text);
        items.Open(ItemPart.Body);
    }
}
