namespace SESLIP.Newsletter.Web.Models;

/// <summary>A friendly error page. <see cref="Reference"/> lets a reader quote the failed request to support,
/// who can find its log entry by trace id.</summary>
public sealed record ErrorPage(int StatusCode, string? Reference);
