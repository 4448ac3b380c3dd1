namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A form that can show a conflict above itself.</summary>
public interface IConflictForm
{
    int Version { get; set; }

    ConflictModel? Conflict { get; set; }
}
