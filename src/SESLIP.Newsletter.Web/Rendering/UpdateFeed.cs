using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Encodings.Web;
using System.Xml;
using Microsoft.AspNetCore.Html;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>The Atom feed of the latest updates. Entry content goes through the same Markdown renderer as the
/// pages, so a feed reader shows exactly what the site shows.</summary>
public sealed class UpdateFeed(MarkdownRenderer markdown)
{
    public const string MediaType = "application/atom+xml";
    public const string ContentType = MediaType + "; charset=utf-8";
    public const string Title = "SESLIP Friday Update";

    /// <summary>Builds the feed; <paramref name="urlOf"/> gives an update's absolute address (and an item's,
    /// with its anchor as fragment).</summary>
    public byte[] Write(IReadOnlyList<UpdatePage> updates, Uri home, Uri self, Func<int, string?, Uri> urlOf)
    {
        var entries = updates.Select(u => ToEntry(u, urlOf)).ToList();
        return Serialize(NewFeed(Title, "The weekly newsletter of the South East Sector-Led Improvement Programme.", home, home.AbsoluteUri, self, entries));
    }

    /// <summary>The open actions (<c>/actions.atom</c>): an entry per action, its content the action's text through
    /// the same Markdown path as the page.</summary>
    public byte[] WriteActions(IReadOnlyList<OpenAction> actions, Uri page, Uri self, Func<int, string, Uri> urlOf)
    {
        var entries = actions.Select(a =>
        {
            var url = urlOf(a.UpdateNumber, a.Anchor);
            var title = a.Deadline is { } deadline ? $"Action: {a.Title} — by {Dates.WithWeekday(deadline)}" : $"Action: {a.Title} — no deadline given";
            using var html = new StringWriter();
            markdown.Render(a.ActionRequired, topHeadingLevel: 3).WriteTo(html, HtmlEncoder.Default);
            html.Write($"<p>From <a href=\"{HtmlEncoder.Default.Encode(url.AbsoluteUri)}\">{HtmlEncoder.Default.Encode(a.UpdateTitle)}, {HtmlEncoder.Default.Encode(Dates.WithWeekday(a.IssueDate))}</a>.</p>");
            return new SyndicationItem(TextInput.Clean(title), new TextSyndicationContent(TextInput.Clean(html.ToString()), TextSyndicationContentKind.Html), url, url.AbsoluteUri, a.ChangedAt);
        }).ToList();
        return Serialize(NewFeed($"{Title}: open actions", "Every action asked of readers that is still open, soonest deadline first.", page, self.AbsoluteUri, self, entries));
    }

    /// <summary>The parts every feed of the site shares: language, author, the self link, and an updated time
    /// that is the newest entry's.</summary>
    public static SyndicationFeed NewFeed(string title, string description, Uri alternate, string id, Uri self, List<SyndicationItem> entries)
    {
        var feed = new SyndicationFeed(TextInput.Clean(title), TextInput.Clean(description), alternate)
        {
            Id = id,
            Items = entries,
            LastUpdatedTime = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.LastUpdatedTime),
            Language = "en-GB",
        };
        feed.Links.Add(new SyndicationLink(self, "self", TextInput.Clean(title), MediaType, 0));
        feed.Authors.Add(new SyndicationPerson { Name = "South East Sector-Led Improvement Programme" });
        return feed;
    }

    /// <summary>Writes any of the site's feeds as Atom 1.0, UTF-8 without a byte-order mark.</summary>
    public static byte[] Serialize(SyndicationFeed feed)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    private SyndicationItem ToEntry(UpdatePage update, Func<int, string?, Uri> urlOf)
    {
        var url = urlOf(update.Number, null);
        var published = update.PublishedAtUtc is DateTime at
            ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))
            : new DateTimeOffset(update.IssueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var changed = new[] { update.UpdatedAtUtc }.Concat(update.Corrections.Select(c => c.CorrectedAtUtc))
            .Select(d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)))
            .Append(published)
            .Max();

        // Every string is cleaned here too, so one stray control character can never make the XML writer throw.
        var item = new SyndicationItem(TextInput.Clean(update.Title + " – " + update.IssueDateText), new TextSyndicationContent(TextInput.Clean(ContentHtml(update, url, urlOf)), TextSyndicationContentKind.Html), url, url.AbsoluteUri, changed)
        {
            PublishDate = published,
            Summary = new TextSyndicationContent(TextInput.Clean(string.Join("; ", update.Items.Select(i => i.Title)))),
        };
        return item;
    }

    private string ContentHtml(UpdatePage update, Uri url, Func<int, string?, Uri> urlOf)
    {
        using var html = new StringWriter();
        void Write(IHtmlContent content) => content.WriteTo(html, HtmlEncoder.Default);
        string Encode(string text) => HtmlEncoder.Default.Encode(text);

        foreach (var correction in update.Corrections)
        {
            html.Write($"<p><strong>Corrected on {Encode(correction.DateText)}:</strong> {Encode(correction.Note)}</p>");
        }

        Write(markdown.Render(update.Intro, topHeadingLevel: 3));
        foreach (var item in update.Items)
        {
            html.Write($"<h2><a href=\"{Encode(urlOf(update.Number, item.Anchor).AbsoluteUri)}\">{Encode(item.Title)}</a></h2>");
            Write(markdown.Render(item.Body, topHeadingLevel: 3));
            if (!string.IsNullOrWhiteSpace(item.Headlines))
            {
                html.Write("<h3>Headlines</h3>");
                Write(markdown.Render(item.Headlines, topHeadingLevel: 4));
            }

            if (!string.IsNullOrWhiteSpace(item.ActionRequired))
            {
                html.Write("<h3>Action required</h3>");
                Write(markdown.Render(item.ActionRequired, topHeadingLevel: 4));
            }
        }

        html.Write($"<p><a href=\"{Encode(url.AbsoluteUri)}\">Read {Encode(update.Title)} on the site</a>, with meeting dates, tools and templates and contact details.</p>");
        return html.ToString();
    }
}
