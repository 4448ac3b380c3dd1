using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models.Directory;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>The current contact directory, one page per person, and vCards.</summary>
public sealed class ContactsController(NewsletterDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("contacts", Name = SiteRoutes.Contacts)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Contacts, PublicPageCache.Meetings })]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(ContactDetails.Projection(db.Networks))
            .ToListAsync(cancellationToken);
        return View(new ContactsPage(contacts));
    }

    [HttpGet("contacts/{slug}", Name = SiteRoutes.Contact)]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = new[] { PublicPageCache.Contacts, PublicPageCache.Meetings })]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(slug, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var today = LondonClock.Today(clock);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= today && (m.ContactId == contact.Id || (m.ContactId == null && m.Network!.LeadContactId == contact.Id)))
            .OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(MeetingListItem.Projection)
            .ToListAsync(cancellationToken);

        return View(new ContactPage(contact, meetings));
    }

    [HttpGet("contacts/{slug}.vcf", Name = SiteRoutes.ContactCard)]
    public async Task<IActionResult> Card(string slug, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(slug, cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        var card = VCard.Write(contact.ToVCard(new Uri(Url.AbsoluteRoute(SiteRoutes.Contact, new { slug = contact.Slug }))));
        return CacheableFile.Create(Response, card, VCard.ContentType, $"{contact.Slug}.vcf", download: true);
    }

    private Task<ContactDetails?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(ContactDetails.Projection(db.Networks))
            .SingleOrDefaultAsync(cancellationToken);
}
