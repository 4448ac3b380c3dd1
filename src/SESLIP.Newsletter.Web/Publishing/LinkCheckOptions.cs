namespace SESLIP.Newsletter.Web.Publishing;

public sealed class LinkCheckOptions
{
    public const string Section = "LinkChecks";

    /// <summary>How long one address may take to answer before it counts as not answering.</summary>
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>At most this many distinct addresses are checked per version of an update.</summary>
    public int MaxLinks { get; set; } = 100;

    /// <summary>Off in production: the site never fetches loopback, private or link-local addresses on an editor's
    /// behalf (docs/adr/0032-corrections-and-publish-checks.md). Tests turn it on to check links against a local server.</summary>
    public bool AllowPrivateAddresses { get; set; }
}
