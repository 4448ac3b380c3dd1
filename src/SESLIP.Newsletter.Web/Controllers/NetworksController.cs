using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Calendars;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>The regional networks: what each is, who leads it, when it meets, and its calendar.</summary>
public sealed class NetworksController(NewsletterDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The title an update gives its list of network dates (the list has no item of its own).</summary>
    public const string NetworkDatesTitle = "Future dates for network meetings";
    public const string NetworkDatesAnchor = "future-meetings";
    private const int PastShown = 10;
    private const int MentionsShown = 20;

    /// <summary>How far back a network's page looks for items naming it: the newest 260 published updates, about
    /// five years of weekly issues. Finding text costs a read of every item it looks through, so a network named
    /// rarely or never would cost a read of the whole archive; search (linked from the page) covers every update.</summary>
    public const int MentionWindow = 260;

    [HttpGet("networks", Name = SiteRoutes.Networks)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Meetings, PublicPageCache.Contacts })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = LondonClock.Today(clock);
        var networks = await db.Networks.AsNoTracking()
            .OrderBy(n => n.Name)
            .Select(NetworkContactLine.Projection)
            .ToListAsync(cancellationToken);

        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= today && !m.IsCancelled)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);
        var next = upcoming.GroupBy(m => m.NetworkSlug).ToDictionary(g => g.Key, g => g.First());

        return View(new NetworksPage(
            [.. networks.Select(n => new NetworkListItem(n, next.GetValueOrDefault(n.Slug)))],
            new Subscription(MeetingsController.AllNetworksCalendarName, Url.AbsoluteRoute(SiteRoutes.MeetingsCalendar))));
    }

    [HttpGet("networks/{slug}", Name = SiteRoutes.Network)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Meetings, PublicPageCache.Contacts, PublicPageCache.Updates })]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking()
            .Where(n => n.Slug == slug)
            .Select(n => new { n.Id, n.Name, n.Slug, n.Description, n.ContactText, n.LeadContactId })
            .SingleOrDefaultAsync(cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        var lead = network.LeadContactId is { } leadId
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == leadId).Select(ContactDetails.Projection(db.Networks)).SingleOrDefaultAsync(cancellationToken)
            : null;

        var today = LondonClock.Today(clock);
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.NetworkId == network.Id && m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);

        var past = await db.Meetings.AsNoTracking()
            .Where(m => m.NetworkId == network.Id && m.Date < today)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime)
            .Take(PastShown + 1)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);

        var (mentions, wholeArchive) = await MentionsAsync(network.Id, network.Name, cancellationToken);
        return View(new NetworkPage(
            network.Name,
            network.Slug,
            network.Description,
            lead,
            network.ContactText,
            upcoming,
            [.. past.Take(PastShown)],
            past.Count > PastShown,
            [.. mentions.Take(MentionsShown)],
            mentions.Count > MentionsShown,
            wholeArchive,
            new Subscription($"SESLIP {network.Name} meetings", Url.AbsoluteRoute(SiteRoutes.NetworkCalendar, new { slug = network.Slug }))));
    }

    [HttpGet("networks/{slug}.ics", Name = SiteRoutes.NetworkCalendar)]
    public async Task<IActionResult> Calendar(string slug, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking()
            .Where(n => n.Slug == slug)
            .Select(n => new { n.Id, n.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (network is null)
        {
            return NotFound();
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.NetworkId == network.Id && m.Date != null)
            .Select(CalendarMeeting.Projection)
            .ToListAsync(cancellationToken);

        var text = MeetingCalendar.Build($"SESLIP {network.Name} meetings", meetings, Url.AbsoluteNetwork);
        return CacheableFile.Create(Response, text, MeetingCalendar.ContentType, $"seslip-{slug}.ics", download: false);
    }

    /// <summary>The newest published items that name the network, among the newest <see cref="MentionWindow"/>
    /// updates, and the updates that listed its dates: one more than are shown, so the page knows to point to search
    /// for the rest; and whether the window held every published update.</summary>
    private async Task<(IReadOnlyList<UpdateMention> Mentions, bool WholeArchive)> MentionsAsync(int networkId, string name, CancellationToken cancellationToken)
    {
        // The oldest number in the window, found through the (Status, Number) index; none when the archive is shorter.
        var windowStart = await db.Updates.AsNoTracking().Published()
            .OrderByDescending(u => u.Number).Skip(MentionWindow - 1)
            .Select(u => (int?)u.Number).FirstOrDefaultAsync(cancellationToken);
        var from = windowStart ?? int.MinValue;
        var pattern = LikePattern.Contains(name);
        var items = await db.UpdateItems.AsNoTracking()
            .InPublishedUpdates()
            .Where(i => i.Update!.Number >= from)
            .Where(i => EF.Functions.Like(i.Title, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(i.Body, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(i.Headlines, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(i.ActionRequired, pattern, LikePattern.EscapeCharacter))
            .OrderByDescending(i => i.Update!.Number).ThenBy(i => i.Position)
            .Take(MentionsShown + 1)
            .Select(i => new UpdateMention(i.Update!.Number, i.Update.IssueDate, i.Title, i.Anchor))
            .ToListAsync(cancellationToken);

        var listings = await db.Updates.AsNoTracking()
            .Published().Where(u => u.Number >= from && u.Meetings.Any(m => m.NetworkId == networkId))
            .OrderByDescending(u => u.Number)
            .Take(MentionsShown + 1)
            .Select(u => new UpdateMention(u.Number, u.IssueDate, NetworkDatesTitle, NetworkDatesAnchor))
            .ToListAsync(cancellationToken);

        // An update whose own item already lists the dates needs no second line saying so.
        return ([.. items
            .Concat(listings.Where(l => !items.Any(i => i.UpdateNumber == l.UpdateNumber && i.Title == NetworkDatesTitle)))
            .OrderByDescending(m => m.UpdateNumber)
            .ThenBy(m => m.Title == NetworkDatesTitle ? 1 : 0)], windowStart is null);
    }
}
