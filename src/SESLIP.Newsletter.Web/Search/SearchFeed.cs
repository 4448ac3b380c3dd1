using System.ServiceModel.Syndication;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Web.Search;

/// <summary>"Follow a topic": an Atom feed of the newest items matching a search. Entry text is the plain
/// snippet (stored text, never stored HTML), so a feed reader shows nothing the site did not write.</summary>
public sealed class SearchFeed
{
    public const int Size = 20;

    public static byte[] Write(string query, IReadOnlyList<(SearchHit Hit, Uri Url)> entries, Uri home, Uri self, Uri alternate)
    {
        var title = $"{UpdateFeed.Title}: “{query}”";
        var items = entries.Select(e =>
        {
            var date = e.Hit.IssueDate is DateOnly d
                ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : DateTimeOffset.UnixEpoch;
            var heading = SnippetHtml.Plain(e.Hit.TitleMarked);
            if (e.Hit.UpdateNumber is int number)
            {
                heading += $" (Update no {number})";
            }

            return new SyndicationItem(heading, new TextSyndicationContent(SnippetHtml.Plain(e.Hit.SnippetMarked), TextSyndicationContentKind.Plaintext), e.Url, e.Url.AbsoluteUri, date)
            {
                PublishDate = date,
            };
        }).ToList();

        var feed = UpdateFeed.NewFeed(title, $"Friday Update items matching “{query}”, newest first.", alternate, self.AbsoluteUri, self, items);
        feed.Links.Add(new SyndicationLink(home, "related", UpdateFeed.Title, "text/html", 0));
        return UpdateFeed.Serialize(feed);
    }
}
