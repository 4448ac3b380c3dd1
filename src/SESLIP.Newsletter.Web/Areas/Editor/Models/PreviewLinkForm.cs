using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>A new preview link: how long it works and, optionally, for whom.</summary>
public sealed class PreviewLinkForm
{
    public int Days { get; set; } = PreviewLink.DefaultLifetimeDays;

    public string? Note { get; set; }
}
