using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>The parts of an item, in the order an item gives them.</summary>
internal enum ItemPart
{
    /// <summary>Between items: no item is open.</summary>
    None,
    Title,
    Body,
    Headlines,
    Action,
}

/// <summary>An item while its lines are being read: its title may take several lines, and its body,
/// headlines and action each collect paragraphs and bullet lists.</summary>
internal sealed partial class ItemDraft(int line, ItemSection section)
{
    private readonly List<string> _titleLines = [];
    private readonly MarkdownBuilder _body = new();
    private readonly MarkdownBuilder _headlines = new();
    private readonly MarkdownBuilder _action = new();

    public ParsedItem Item { get; } = new() { Line = line, Section = section };

    public void AddTitle(string text) => _titleLines.Add(text);

    public int TitleLineCount => _titleLines.Count;

    /// <summary>A blank line after the title closes it: a title wraps only onto the lines directly below.</summary>
    public bool TitleClosed { get; private set; }

    /// <summary>Whether any body, headlines or action text has been read.</summary>
    public bool HasText { get; private set; }

    /// <summary>A line of <paramref name="part"/>: a bulleted line joins a list, any other a paragraph.</summary>
    public void AddText(ItemPart part, string text)
    {
        HasText = true;
        var builder = Builder(part);
        var bullet = Bullet().Match(text);
        var numbered = Numbered().Match(text);
        if (bullet.Success)
        {
            builder.Bullet(bullet.Groups["text"].Value);
        }
        else if (numbered.Success)
        {
            builder.Numbered(int.Parse(numbered.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture), numbered.Groups["text"].Value);
        }
        else
        {
            builder.Paragraph(text);
        }
    }

    /// <summary>A line of <paramref name="part"/> that stands as a paragraph of its own.</summary>
    public void AddParagraph(ItemPart part, string text)
    {
        HasText = true;
        var builder = Builder(part);
        builder.Paragraph(text);
        builder.Break();
    }

    /// <summary>A blank line ends the paragraph in progress in the part being read.</summary>
    public void Break(ItemPart part)
    {
        if (part == ItemPart.Title && _titleLines.Count > 0)
        {
            TitleClosed = true;
        }

        if (part is ItemPart.Body or ItemPart.Headlines or ItemPart.Action)
        {
            Builder(part).Break();
        }
    }

    /// <summary>A bulleted or numbered line: part of a list, never a title.</summary>
    public static bool IsListLine(string text) => Bullet().IsMatch(text) || Numbered().IsMatch(text);

    public ParsedItem Complete()
    {
        Item.Title = string.Join(" ", _titleLines).Trim();
        Item.Body = _body.ToString();
        Item.Headlines = _headlines.ToString();
        Item.ActionRequired = _action.ToString();
        return Item;
    }

    private MarkdownBuilder Builder(ItemPart part) => part switch
    {
        ItemPart.Body => _body,
        ItemPart.Headlines => _headlines,
        ItemPart.Action => _action,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Only the body, headlines and action hold text."),
    };

    [GeneratedRegex(@"^[•·▪\-*]\s*(?<text>.+)$", Patterns.Options)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>\d{1,3})[.)]\s+(?<text>.+)$", Patterns.Options)]
    private static partial Regex Numbered();
}
