namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One list page of the directory: search box, rows, and the way to add one. Its links go to the
/// actions of the controller that shows it.</summary>
public sealed class DirectoryListModel
{
    public required string Title { get; init; }
    public required string Noun { get; init; }
    public string? Query { get; init; }
    public List<DirectoryRow> Rows { get; init; } = [];
}
