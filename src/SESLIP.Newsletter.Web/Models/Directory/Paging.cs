using System.Globalization;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary>Where a paged list stands, and the links to its neighbours. One type for every paged page.</summary>
public sealed record Paging(int Page, int PageSize, int TotalCount)
{
    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads a <c>page</c> query value. Null (with a message a reader can act on) when it is not
    /// a page number at all; a number past the end is left for <see cref="Within"/>.</summary>
    public static int? Parse(string? raw, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return 1;
        }

        if (raw.Length <= 9 && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        error = $"“{Shorten(raw)}” is not a page number. Page numbers start at 1; showing the first page.";
        return null;
    }

    /// <summary>The requested page, or the last one when the request goes past the end (the list may have
    /// shrunk since the link was made).</summary>
    public static Paging Within(int requested, int pageSize, int totalCount)
    {
        var paging = new Paging(1, pageSize, totalCount);
        return paging with { Page = Math.Min(requested, paging.TotalPages) };
    }

    internal static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}

/// <summary>What the pager partial needs: where the list stands and how to link to one of its pages.</summary>
public sealed record PagerLinks(Paging Paging, Func<int, string> UrlFor, string Label = "Pages");
