using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Controllers;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>
/// Renders an update as an e-mail: the Razor view <c>Views/Email/Update.cshtml</c> over the page's own
/// <see cref="UpdatePage"/> query and Markdown path, rendered to a string outside any request, its CSS moved into
/// style attributes by PreMailer and its links made absolute against <see cref="NewsletterLinks.PublicBaseUrl"/>;
/// and the plain-text part from <see cref="UpdateText"/>. Razor rather than Razor components so the e-mail can
/// share the page's helpers and tag helpers (docs/adr/0020-outbox-and-exactly-once.md).
/// </summary>
public sealed class UpdateEmailRenderer(
    NewsletterDbContext db,
    ViewRenderer views,
    LinkGenerator links,
    NewsletterLinks options)
{
    public const string ViewPath = "/Views/Email/Update.cshtml";

    /// <summary>"Friday Update no 655 – 28 March 2025".</summary>
    public static string SubjectOf(int number, DateOnly issueDate) => $"Friday Update no {number} \u2013 {Dates.DayMonthYear(issueDate)}";

    /// <summary>Renders update <paramref name="number"/>, published or not (a test send comes before publishing);
    /// null when there is no such update.</summary>
    public async Task<UpdateEmail?> RenderAsync(int number, CancellationToken cancellationToken = default)
    {
        var published = db.Updates.Published();
        var page = await UpdatePage.Query(db.Updates.Where(u => u.Number == number), published)
            .SingleOrDefaultAsync(cancellationToken);
        return page is null ? null : await RenderAsync(page);
    }

    public async Task<UpdateEmail?> RenderByIdAsync(int updateId, CancellationToken cancellationToken = default)
    {
        var published = db.Updates.Published();
        var page = await UpdatePage.Query(db.Updates.Where(u => u.Id == updateId), published)
            .SingleOrDefaultAsync(cancellationToken);
        return page is null ? null : await RenderAsync(page);
    }

    public async Task<UpdateEmail> RenderAsync(UpdatePage page)
    {
        var webUrl = UpdateUrl(page.Number, null);
        var subject = SubjectOf(page.Number, page.IssueDate);
        var model = new UpdateEmailModel(page, subject, Preheader(page), webUrl);
        var html = Inline(await views.RenderAsync(ViewPath, model, isMainPage: true), new Uri(webUrl));
        var text = UpdateText.Write(page, UpdateUrl, CalendarUrl);
        return new UpdateEmail(page.Number, subject, html, text, webUrl);
    }

    public string UpdateUrl(int number, string? anchor) => Absolute(SiteRoutes.Update, new { number }, anchor);

    public string CalendarUrl(int id) => Absolute(SiteRoutes.MeetingCalendar, new { id }, null);

    public string Absolute(string routeName, object values, string? fragment)
    {
        var baseUri = options.BaseUri;
        return links.GetUriByName(routeName, values, baseUri.Scheme, new HostString(baseUri.Authority),
            new PathString(baseUri.AbsolutePath.TrimEnd('/')), fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No route named {routeName}.");
    }

    // Inbox previews show the first text of a message; without this they would show "SESLIP Friday Update".
    private static string Preheader(UpdatePage page)
    {
        var titles = string.Join("; ", page.News.Concat(page.Reminders).Select(i => i.Title).Where(t => t.Length > 0));
        var text = titles.Length > 0 ? $"In this update: {titles}" : $"{page.Title}, {page.IssueDateText}";
        return text.Length <= 140 ? text : text[..137].TrimEnd() + "...";
    }

    /// <summary>Moves the view's CSS into style attributes and removes the style block: Gmail and Outlook ignore
    /// or mangle most of a <c>&lt;style&gt;</c> element, and the layout needs no media query (fluid tables).
    /// Relative links (route paths, "#contact-…" fragments) are resolved against the update's web address.</summary>
    internal static string Inline(string html, Uri webUrl)
    {
        var premailer = new PreMailer.Net.PreMailer(html, webUrl);
        foreach (var anchor in premailer.Document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!;
            if (Uri.TryCreate(webUrl, href, out var absolute) && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                && !href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                anchor.SetAttribute("href", absolute.AbsoluteUri);
            }
        }

        var result = premailer.MoveCssInline(removeStyleElements: true, stripIdAndClassAttributes: true, removeComments: true);
        return result.Html;
    }
}
