using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
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

        var feed = new SyndicationFeed(title, $"Friday Update items matching “{query}”, newest first.", alternate)
        {
            Id = self.AbsoluteUri,
            Items = items,
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime),
            Language = "en-GB",
        };
        feed.Links.Add(new SyndicationLink(self, "self", title, UpdateFeed.MediaType, 0));
        feed.Links.Add(new SyndicationLink(home, "related", UpdateFeed.Title, "text/html", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "South East Sector-Led Improvement Programme" });

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }
}
