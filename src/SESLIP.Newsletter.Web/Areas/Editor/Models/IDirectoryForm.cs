namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The form of one directory record (0 for a new one).</summary>
public interface IDirectoryForm : IConflictForm
{
    int Id { get; set; }
}
