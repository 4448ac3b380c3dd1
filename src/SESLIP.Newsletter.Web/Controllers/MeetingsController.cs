using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Calendars;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>Network meetings across all networks, and their calendars.</summary>
public sealed class MeetingsController(NewsletterDbContext db, TimeProvider clock) : Controller
{
    public const string AllNetworksCalendarName = "SESLIP network meetings";
    private const int PastPageSize = 20;

    [HttpGet("meetings", Name = SiteRoutes.Meetings)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Meetings, PublicPageCache.Contacts, PublicPageCache.Updates })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = LondonClock.Today(clock);
        var upcoming = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= today)
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Network!.Name)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);

        var toBeConfirmed = await db.Networks.AsNoTracking()
            .Where(n => !n.Meetings.Any(m => m.Date >= today && !m.IsCancelled))
            .OrderBy(n => n.Name)
            .Select(NetworkContactLine.Projection)
            .ToListAsync(cancellationToken);

        return View(new MeetingsPage(
            MeetingMonth.Group(upcoming),
            toBeConfirmed,
            new Subscription(AllNetworksCalendarName, Url.AbsoluteRoute(SiteRoutes.MeetingsCalendar)),
            await MeetingMarks.LoadAsync(db.Updates.Published(), cancellationToken)));
    }

    [HttpGet("meetings/past", Name = SiteRoutes.PastMeetings)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Meetings, PublicPageCache.Contacts }, VaryByQueryKeys = new[] { "page" })]
    public async Task<IActionResult> Past(string? page, CancellationToken cancellationToken)
    {
        var requested = Paging.Parse(page, out var message);
        var today = LondonClock.Today(clock);
        var past = db.Meetings.AsNoTracking().Where(m => m.Date < today);
        var paging = Paging.Within(requested ?? 1, PastPageSize, await past.CountAsync(cancellationToken));

        var meetings = await past
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.StartTime).ThenBy(m => m.Network!.Name)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);

        if (message is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new PastMeetingsPage(MeetingMonth.Group(meetings), paging, message));
    }

    /// <summary>Every network's meetings in one subscribable calendar.</summary>
    [HttpGet("meetings.ics", Name = SiteRoutes.MeetingsCalendar)]
    public async Task<IActionResult> Calendar(CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Date != null)
            .Select(CalendarMeeting.Projection)
            .ToListAsync(cancellationToken);

        var text = MeetingCalendar.Build(AllNetworksCalendarName, meetings, Url.AbsoluteNetwork);
        return CacheableFile.Create(Response, text, MeetingCalendar.ContentType, "seslip-meetings.ics", download: false);
    }

    /// <summary>One meeting, to add to a calendar once ("add to calendar").</summary>
    [HttpGet("meetings/{id:int}.ics", Name = SiteRoutes.MeetingCalendar)]
    public async Task<IActionResult> MeetingFile(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == id && m.Date != null)
            .Select(CalendarMeeting.Projection)
            .SingleOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        var text = MeetingCalendar.Build($"{meeting.NetworkName} meeting", [meeting], Url.AbsoluteNetwork);
        return CacheableFile.Create(Response, text, MeetingCalendar.ContentType, MeetingCalendar.FileName(meeting), download: true);
    }
}
