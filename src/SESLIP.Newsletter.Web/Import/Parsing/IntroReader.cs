namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The paragraphs before the first item: how to send news, the improvement plan, and so on.</summary>
internal sealed class IntroReader
{
    private readonly MarkdownBuilder _intro = new();

    public void Read(SourceLine line) => _intro.Paragraph(line.Text);

    public void Break() => _intro.Break();

    public override string ToString() => _intro.ToString();
}
