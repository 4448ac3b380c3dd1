namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>A second editor site, with the same accounts as <see cref="EditorSite"/>, for the Admins' pages
/// and the subscription pages, so they run beside the programme manager's week instead of after it.</summary>
[CollectionDefinition(Name)]
public sealed class AdminSite : ICollectionFixture<EditorSiteFixture>
{
    public const string Name = "Admin site";
}
