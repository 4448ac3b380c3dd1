namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>A second site like <see cref="SharedSite"/> for the long page-by-page checks, so they run beside
/// the other collections instead of after them.</summary>
[CollectionDefinition(Name)]
public sealed class PublicPagesSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Public pages site";
}
