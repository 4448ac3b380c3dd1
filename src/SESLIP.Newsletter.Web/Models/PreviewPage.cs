namespace SESLIP.Newsletter.Web.Models;

/// <summary>A draft update opened by a preview link: the page readers will get, and until when the link works.</summary>
public sealed record PreviewPage(UpdatePage Page, DateTime ExpiresAtUtc);
