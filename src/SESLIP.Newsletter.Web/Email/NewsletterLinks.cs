namespace SESLIP.Newsletter.Web.Email;

/// <summary>The "Newsletter" section's public address: links in e-mail and plain text are read far from the site,
/// so they are absolute, built from this base rather than from whichever request happened to trigger a send.</summary>
public sealed class NewsletterLinks
{
    public const string Section = "Newsletter";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public Uri BaseUri => new(PublicBaseUrl.TrimEnd('/') + "/");
}
