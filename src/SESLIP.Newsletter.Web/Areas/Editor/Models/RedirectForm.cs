using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>One row of the redirect table as the Admin edits it; checked with the rules in <see cref="Redirect"/>.</summary>
public sealed class RedirectForm
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string? OldPath { get; set; }
    public string? NewPath { get; set; }

    public static RedirectForm From(Redirect r) => new() { Id = r.Id, Version = r.Version, OldPath = r.OldPath, NewPath = r.NewPath };
}
