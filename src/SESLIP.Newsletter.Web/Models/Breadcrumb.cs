namespace SESLIP.Newsletter.Web.Models;

/// <summary>One step of the breadcrumb trail (Views/Shared/_Breadcrumbs); the current page has no link.</summary>
public sealed record Breadcrumb(string Text, string? Href = null);
