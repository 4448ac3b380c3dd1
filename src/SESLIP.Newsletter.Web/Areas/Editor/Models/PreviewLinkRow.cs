namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A preview link still open, as the draft page lists it.</summary>
public sealed record PreviewLinkRow(int Id, string? Note, string CreatedBy, DateTime CreatedAtUtc, DateTime ExpiresAtUtc);
