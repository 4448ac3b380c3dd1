namespace SESLIP.Newsletter.Web.PreviewLinks;

/// <summary>The "PreviewLinks" section: how many preview pages one address may open in a window.</summary>
public sealed class PreviewLinkOptions
{
    public const string Section = "PreviewLinks";

    /// <summary>Generous for a reviewer reloading the page; far too few to try tokens by the million.</summary>
    public int PermitLimit { get; set; } = 60;

    public int WindowSeconds { get; set; } = 60;
}
