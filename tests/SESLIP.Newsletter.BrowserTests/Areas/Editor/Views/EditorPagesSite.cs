namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>A third editor site, with the same accounts as <see cref="EditorSite"/>, for the page-by-page
/// checks of every editor page, so they run beside the programme manager's week instead of after it.</summary>
[CollectionDefinition(Name)]
public sealed class EditorPagesSite : ICollectionFixture<EditorSiteFixture>
{
    public const string Name = "Editor pages site";
}
