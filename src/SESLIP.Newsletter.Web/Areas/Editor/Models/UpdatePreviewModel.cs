using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed class UpdatePreviewModel
{
    public required UpdatePage Page { get; init; }
    public int Id { get; init; }
    public int Version { get; init; }

    /// <summary>The update's last-changed stamp (ticks) the editor previewed.</summary>
    public long Changed { get; init; }
    public UpdateStatus Status { get; init; }
}
