using System.Globalization;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>The search page's GET parameters, read and bounded. A value that cannot be used is ignored with a
/// message the reader can act on; nothing here can fail the request.</summary>
public sealed record SearchFilters(SearchQuery Query, int? Year, SearchKind? Kind, bool NewestFirst, int Page, IReadOnlyList<string> Messages)
{
    public const int PageSize = 20;

    /// <summary>Deep pages of a relevance list are never useful and cost the engine most; this bounds them.</summary>
    public const int MaxPage = 50;

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The <c>type</c> values readers see in addresses, one per kind.</summary>
    public static readonly IReadOnlyList<(string Value, SearchKind Kind, string Label)> Types =
    [
        ("items", SearchKind.Item, "News items"),
        ("intros", SearchKind.Intro, "Update introductions"),
        ("publications", SearchKind.Publication, "Publications"),
        ("networks", SearchKind.Network, "Networks"),
        ("meetings", SearchKind.Meeting, "Meetings"),
        ("contacts", SearchKind.Contact, "Contacts"),
    ];

    public string? TypeValue => Kind is SearchKind kind ? Types.First(t => t.Kind == kind).Value : null;

    public bool HasFilters => Year is not null || Kind is not null;

    public int Skip => (Page - 1) * PageSize;

    public SearchRequest ToRequest(int? page = null, int take = PageSize) =>
        new(Query, Year, Kind, NewestFirst, ((page ?? Page) - 1) * take, take);

    public static SearchFilters Read(string? q, string? year, string? type, string? sort, string? page)
    {
        var query = SearchQuery.Parse(q);
        var messages = new List<string>(query.Notes);

        int? parsedYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear and <= LastYear)
            {
                parsedYear = y;
            }
            else
            {
                messages.Add($"“{Shorten(year)}” is not a year the Friday Update could have been published in, so all years are shown.");
            }
        }

        SearchKind? kind = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            var match = Types.FirstOrDefault(t => string.Equals(t.Value, type.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Value is null)
            {
                messages.Add($"“{Shorten(type)}” is not a kind of result, so all kinds are shown.");
            }
            else
            {
                kind = match.Kind;
            }
        }

        var newest = false;
        if (!string.IsNullOrWhiteSpace(sort))
        {
            if (string.Equals(sort, "newest", StringComparison.OrdinalIgnoreCase))
            {
                newest = true;
            }
            else if (!string.Equals(sort, "relevance", StringComparison.OrdinalIgnoreCase))
            {
                messages.Add($"“{Shorten(sort)}” is not a way to sort results, so the best matches are shown first.");
            }
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page))
        {
            if (page.Length <= 9 && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1)
            {
                pageNumber = Math.Min(p, MaxPage);
                if (p > MaxPage)
                {
                    messages.Add($"Results stop at page {MaxPage}. Add a word, a year or a kind of result to narrow the search.");
                }
            }
            else
            {
                messages.Add($"“{Shorten(page)}” is not a page number. Page numbers start at 1; showing the first page.");
            }
        }

        return new SearchFilters(query, parsedYear, kind, newest, pageNumber, messages);
    }

    private static string Shorten(string raw)
    {
        var visible = new string(raw.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return visible.Length <= 40 ? visible : visible[..40] + "…";
    }
}
