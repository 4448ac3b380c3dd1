namespace SESLIP.Newsletter.Web.Search;

/// <summary>The database's own full-text engine behind one interface: SQLite FTS5 or SQL Server full-text
/// (docs/adr/0018-full-text-search.md). Only documents readers may see are returned: directory records, and
/// items and intros of published updates.</summary>
public interface ISearchEngine
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
