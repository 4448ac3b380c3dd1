using System.Globalization;
using System.Linq.Expressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Models.Directory;

/// <summary><c>/publications</c>: the Tools &amp; Templates library, filtered and paged.</summary>
public sealed record PublicationsPage(
    IReadOnlyList<PublicationListItem> Publications,
    PublicationFilter Filter,
    IReadOnlyList<FilterOption> Publishers,
    IReadOnlyList<FilterOption> Years,
    Paging Paging,
    IReadOnlyList<string> Messages);

/// <summary>The filters a reader chose; each is optional.</summary>
public sealed record PublicationFilter(string? Publisher, int? Year, string? Search)
{
    public const int MaxSearchLength = 200;

    public bool IsEmpty => Publisher is null && Year is null && Search is null;
}

public sealed record FilterOption(string Value, string Label, int Count);

public sealed record PublicationListItem(
    int Id,
    string Title,
    string Slug,
    string Publisher,
    DateOnly? PublishedOn,
    string? Url,
    IReadOnlyList<DocumentLink> Documents)
{
    public static Expression<Func<Publication, PublicationListItem>> Projection { get; } = p => new PublicationListItem(
        p.Id,
        p.Title,
        p.Slug,
        p.Publisher != null ? p.Publisher.Name : p.PublisherText,
        p.PublishedOn,
        p.Url,
        p.Documents
            .OrderBy(d => d.Position)
            .Select(d => new DocumentLink(d.Label, d.Url, d.Format, d.Pages))
            .ToList());

    public string DateText => PublishedOn is { } date ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : "Date not known";

    public string? DateAttribute => PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A document of a publication; the link target may still be missing (imported text lost it).</summary>
public sealed record DocumentLink(string Label, string? Url, string? Format, int? Pages)
{
    /// <summary>"PDF, 4 pages"; empty when neither is known.</summary>
    public string Details
    {
        get
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(Format))
            {
                parts.Add(Format.ToUpperInvariant());
            }

            if (Pages is { } pages)
            {
                parts.Add(pages == 1 ? "1 page" : string.Create(CultureInfo.InvariantCulture, $"{pages} pages"));
            }

            return string.Join(", ", parts);
        }
    }
}

/// <summary><c>/publications/{slug}</c>: the publication and every update that featured it.</summary>
public sealed record PublicationPage(PublicationListItem Publication, IReadOnlyList<PublicationFeature> FeaturedIn);

/// <summary>One update that featured a publication: as a news item, in Tools &amp; Templates, or both.</summary>
public sealed record PublicationFeature(int UpdateNumber, DateOnly IssueDate, IReadOnlyList<UpdateMention> Items, string? ListedAs)
{
    public string UpdateTitle => $"Update no {UpdateNumber}";

    public string IssueDateText => IssueDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public string IssueDateAttribute => IssueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
