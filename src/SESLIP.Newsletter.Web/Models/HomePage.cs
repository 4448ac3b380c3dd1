namespace SESLIP.Newsletter.Web.Models;

/// <summary>The home page: the latest published update in full, or nothing yet.</summary>
public sealed record HomePage(UpdatePage? Latest);
