namespace SESLIP.Newsletter.BrowserTests.Infrastructure;

/// <summary>Tests in this collection share one <see cref="SiteFixture"/>: one server, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Shared site";
}
