namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record LineListModel(int UpdateId, EditionLineKind Kind, string Noun, List<LineRow> Lines, bool Editable)
{
    /// <summary>Lines of a published update are corrected one by one instead.</summary>
    public bool Correctable => !Editable;
}
