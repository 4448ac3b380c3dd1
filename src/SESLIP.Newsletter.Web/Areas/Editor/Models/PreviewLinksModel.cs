namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The "Share a preview" section of a draft's page. <see cref="NewLink"/> is the address just created,
/// shown this once: only its hash is kept.</summary>
public sealed record PreviewLinksModel(int UpdateId, IReadOnlyList<PreviewLinkRow> Open, string? NewLink);
