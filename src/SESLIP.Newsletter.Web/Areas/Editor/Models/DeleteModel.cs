namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The delete confirmation: where the record is used, and whether it may go.</summary>
public sealed class DeleteModel
{
    public required string Kind { get; init; }
    public required string Name { get; init; }

    /// <summary>The record; its page and its delete action belong to the controller that shows this.</summary>
    public required int Id { get; init; }

    public int Version { get; init; }
    public List<string> UsedInPublished { get; init; } = [];
    public List<string> UsedElsewhere { get; init; } = [];
    public List<string> WillChange { get; init; } = [];
    public string? Alternative { get; init; }

    public bool CanDelete => UsedInPublished.Count == 0 && UsedElsewhere.Count == 0;
}
