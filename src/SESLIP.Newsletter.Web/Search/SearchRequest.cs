namespace SESLIP.Newsletter.Web.Search;

/// <summary>A parsed query with its filters and the page wanted. <see cref="Take"/> is bounded by the caller.</summary>
public sealed record SearchRequest(SearchQuery Query, int? Year, SearchKind? Kind, bool NewestFirst, int Skip, int Take);
