namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>A third site like <see cref="SharedSite"/>, for the public pages' phone-width checks.</summary>
[CollectionDefinition(Name)]
public sealed class PublicPhonePagesSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Public phone pages site";
}
