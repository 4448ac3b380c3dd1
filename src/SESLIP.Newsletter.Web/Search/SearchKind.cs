namespace SESLIP.Newsletter.Web.Search;

/// <summary>What a search document was made from. The numbers are stored in the SearchDocuments table by the
/// database's own triggers (Data/Migrations/SearchSql.cs), so they must never be renumbered.</summary>
public enum SearchKind
{
    Item = 0,
    Intro = 1,
    Publication = 2,
    Network = 3,
    Meeting = 4,
    Contact = 5,
}
