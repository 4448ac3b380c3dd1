using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>Adds one parsed update to the context, matching directory records that already exist
/// (names and e-mails compared without case, as SQL Server's collation would). Directory details are
/// only overwritten by an issue at least as new as the one that last set them.</summary>
internal sealed partial class ImportWriter(NewsletterDbContext db, ParsedUpdate parsed, DateTime nowUtc)
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Contact> _contactsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Contact> _contactsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Network> _networks = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Publication> _publications = new(StringComparer.Ordinal);
    private readonly Dictionary<ParsedPublication, Publication> _resolved = [];
    private readonly HashSet<string> _contactSlugs = [];
    private readonly HashSet<string> _networkSlugs = [];
    private readonly HashSet<string> _publicationSlugs = [];
    private int _newNetworks, _newMeetings, _newPublications, _newContacts, _newOrganisations;

    /// <summary>The update as added to the context, for the check that nothing was lost.</summary>
    public Update? Written { get; private set; }

    /// <summary>Builds the update and matches or adds its directory records; the update itself is added to
    /// the context only when <paramref name="addUpdate"/> is set (a replacement moves its parts onto the
    /// existing row instead).</summary>
    public async Task<ImportStats> WriteAsync(CancellationToken ct, bool addUpdate = true)
    {
        await LoadDirectoryAsync(ct);

        var update = new Update
        {
            Number = parsed.Number,
            IssueDate = parsed.IssueDate,
            Intro = parsed.Intro,
            Layout = parsed.Layout,
            Status = UpdateStatus.Published,
            PublishedAtUtc = parsed.IssueDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };

        // Contacts first: meeting lines refer to people listed at the end of the issue.
        foreach (var (c, position) in parsed.Contacts.Select((c, i) => (c, i)))
        {
            var contact = UpsertContact(c);
            update.Contacts.Add(new EditionContact
            {
                Position = position,
                Roles = c.Roles,
                Name = c.Name,
                Organisation = c.Organisation,
                Email = c.Email,
                Phone = c.Phone,
                Contact = contact,
            });
        }

        foreach (var (line, position) in parsed.Meetings.Select((m, i) => (m, i)))
        {
            var contact = FindContact(line.ContactName, line.ContactEmail);
            var network = UpsertNetwork(line, contact);
            var meeting = UpsertMeeting(network, line, contact);
            update.Meetings.Add(new EditionMeeting
            {
                Position = position,
                NetworkName = line.NetworkName,
                Details = line.Details,
                ContactText = line.ContactText,
                ContactName = line.ContactName,
                Network = network,
                Meeting = meeting,
                Contact = contact,
            });
        }

        foreach (var (line, position) in parsed.Tools.Select((t, i) => (t, i)))
        {
            update.Publications.Add(new EditionPublication
            {
                Position = position,
                Text = line.Text,
                Publication = line.Publication is null ? null : Resolve(line.Publication),
            });
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, position) in parsed.Items.Select((item, i) => (item, i)))
        {
            update.Items.Add(new UpdateItem
            {
                Section = item.Section,
                Position = position,
                Title = item.Title,
                Anchor = Unique(item.Title, anchors),
                Body = item.Body,
                Headlines = item.Headlines,
                ActionRequired = item.ActionRequired,
                Publication = item.Publication is null ? null : Resolve(item.Publication),
            });
        }

        if (addUpdate)
        {
            db.Updates.Add(update);
        }

        Written = update;
        return new ImportStats(_newNetworks, _newMeetings, _newPublications, _newContacts, _newOrganisations);
    }

    /// <summary>Loads only the directory records this issue names, each found through an index (organisation
    /// names; contact and network slugs, names and e-mails; publication slugs; meetings by network and date), so
    /// the cost of a file does not grow with the archive. Names still match without case: a record whose name
    /// differs only in case has the same slug.</summary>
    private async Task LoadDirectoryAsync(CancellationToken ct)
    {
        var organisationNames = parsed.Contacts.Select(c => c.Organisation)
            .Concat(Publications().Select(p => p.Publisher)).Where(n => n.Length > 0).Distinct().ToList();
        // Organisation names and e-mail addresses have no slug, so they are compared in lower case (a scan of a
        // table of a few hundred rows), as SQL Server's collation would compare them anyway.
        var organisationKeys = organisationNames.Select(n => n.ToLowerInvariant()).Distinct().ToList();
#pragma warning disable CA1304, CA1311 // ToLower here is SQL's LOWER, run by the database, not by .NET.
        foreach (var o in await db.Organisations.Where(o => organisationKeys.Contains(o.Name.ToLower())).ToListAsync(ct))
        {
            _organisations.TryAdd(o.Name, o);
        }

        var people = parsed.Contacts.Select(c => c.Name).Concat(parsed.Meetings.Select(m => m.ContactName)).OfType<string>().Where(n => n.Length > 0).ToList();
        var contactSlugs = people.SelectMany(SlugCandidates).Distinct().ToList();
        var emails = parsed.Contacts.Select(c => c.Email).Concat(parsed.Meetings.Select(m => m.ContactEmail)).OfType<string>().Where(e => e.Length > 0).Distinct().ToList();
        var emailKeys = emails.Select(e => e.ToLowerInvariant()).Distinct().ToList();
        foreach (var c in await db.Contacts.Where(c => contactSlugs.Contains(c.Slug) || people.Contains(c.Name) || emailKeys.Contains(c.Email.ToLower())).ToListAsync(ct))
#pragma warning restore CA1304, CA1311
        {
            _contactSlugs.Add(c.Slug);
            if (people.Contains(c.Name, StringComparer.OrdinalIgnoreCase) || emails.Contains(c.Email, StringComparer.OrdinalIgnoreCase))
            {
                _contactsByName.TryAdd(c.Name, c);
                if (c.Email.Length > 0)
                {
                    _contactsByEmail.TryAdd(c.Email, c);
                }
            }
        }

        var networkNames = parsed.Meetings.Select(m => m.NetworkName).Distinct().ToList();
        var networkSlugs = networkNames.SelectMany(SlugCandidates).Distinct().ToList();
        foreach (var n in await db.Networks.Where(n => networkSlugs.Contains(n.Slug) || networkNames.Contains(n.Name)).ToListAsync(ct))
        {
            _networkSlugs.Add(n.Slug);
            if (networkNames.Contains(n.Name, StringComparer.OrdinalIgnoreCase))
            {
                _networks.TryAdd(n.Name, n);
            }
        }

        // Only the meetings on the dates this issue gives: a network's history grows with every issue.
        var networkIds = _networks.Values.Select(n => n.Id).ToList();
        var dates = parsed.Meetings.Select(m => m.Date).OfType<DateOnly>().Distinct().Select(d => (DateOnly?)d).ToList();
        if (networkIds.Count > 0 && dates.Count > 0)
        {
            // Loading them fixes them up into each tracked network's Meetings.
            await db.Meetings.Where(m => networkIds.Contains(m.NetworkId) && dates.Contains(m.Date)).LoadAsync(ct);
        }

        var titleSlugs = Publications().Select(p => p.Title).Distinct().SelectMany(SlugCandidates).Distinct().ToList();
        foreach (var p in await db.Publications.Include(p => p.Documents).Where(p => titleSlugs.Contains(p.Slug)).AsSplitQuery().ToListAsync(ct))
        {
            _publicationSlugs.Add(p.Slug);
            _publications.TryAdd(Key(p.Title, p.PublishedOn), p);
        }
    }

    private IEnumerable<ParsedPublication> Publications() =>
        parsed.Tools.Select(t => t.Publication).Concat(parsed.Items.Select(i => i.Publication)).OfType<ParsedPublication>();

    /// <summary>The slug a record named <paramref name="text"/> would get and the numbered ones a namesake would
    /// get ("…-2" to "…-20"), by the one slug rule: enough to find it, or a free slug for a new one.</summary>
    private static List<string> SlugCandidates(string text)
    {
        var candidates = new List<string>();
        Slug.Unique(text, slug =>
        {
            candidates.Add(slug);
            return candidates.Count < 20;
        });
        return candidates;
    }

    private Organisation? UpsertOrganisation(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (!_organisations.TryGetValue(name, out var organisation))
        {
            organisation = new Organisation { Name = name };
            _organisations.Add(name, organisation);
            db.Organisations.Add(organisation);
            _newOrganisations++;
        }

        return organisation;
    }

    private Contact UpsertContact(ParsedContact c)
    {
        var contact = (c.Email.Length > 0 ? _contactsByEmail.GetValueOrDefault(c.Email) : null) ?? _contactsByName.GetValueOrDefault(c.Name);
        if (contact is null)
        {
            contact = new Contact { Name = c.Name, Slug = Unique(c.Name, _contactSlugs) };
            db.Contacts.Add(contact);
            _newContacts++;
        }

        if (contact.AsOf is null || parsed.IssueDate >= contact.AsOf)
        {
            contact.Name = c.Name;
            contact.Roles = c.Roles;
            contact.Organisation = UpsertOrganisation(c.Organisation);
            contact.Email = c.Email;
            contact.Phone = c.Phone;
            contact.AsOf = parsed.IssueDate;
        }

        _contactsByName.TryAdd(c.Name, contact);
        if (c.Email.Length > 0)
        {
            _contactsByEmail.TryAdd(c.Email, contact);
        }

        return contact;
    }

    private Contact? FindContact(string? name, string? email) =>
        (email is { Length: > 0 } ? _contactsByEmail.GetValueOrDefault(email) : null)
        ?? (name is { Length: > 0 } ? _contactsByName.GetValueOrDefault(name) : null);

    private Network UpsertNetwork(ParsedMeetingLine line, Contact? contact)
    {
        if (!_networks.TryGetValue(line.NetworkName, out var network))
        {
            network = new Network { Name = line.NetworkName, Slug = Unique(line.NetworkName, _networkSlugs) };
            _networks.Add(line.NetworkName, network);
            db.Networks.Add(network);
            _newNetworks++;
        }

        if (network.AsOf is null || parsed.IssueDate >= network.AsOf)
        {
            network.LeadContact = contact;
            network.ContactText = contact is null ? line.ContactText : "";
            network.AsOf = parsed.IssueDate;
        }

        return network;
    }

    private Meeting? UpsertMeeting(Network network, ParsedMeetingLine line, Contact? contact)
    {
        if (line.Date is not { } date)
        {
            // "Early Help: More from Rebecca Eligon": the network exists, its next date is to be confirmed.
            return null;
        }

        var meeting = network.Meetings.FirstOrDefault(m => m.Date == date);
        if (meeting is null)
        {
            meeting = new Meeting
            {
                Date = date,
                StartTime = line.StartTime,
                EndTime = line.EndTime,
                Attendance = line.Attendance,
                Place = line.Place,
                Note = line.Note,
                Contact = contact,
                Uid = MeetingUid.New(),
                UpdatedAtUtc = nowUtc,
            };
            network.Meetings.Add(meeting);
            _newMeetings++;
        }

        return meeting;
    }

    private Publication Resolve(ParsedPublication p)
    {
        if (_resolved.TryGetValue(p, out var known))
        {
            return known;
        }

        var key = Key(p.Title, p.Date);
        if (!_publications.TryGetValue(key, out var publication))
        {
            publication = new Publication
            {
                Title = p.Title,
                Slug = Unique(p.Title, _publicationSlugs),
                Publisher = UpsertOrganisation(p.Publisher),
                PublisherText = p.PublisherText,
                PublishedOn = p.Date,
            };
            _publications.Add(key, publication);
            db.Publications.Add(publication);
            _newPublications++;
        }

        foreach (var document in p.Documents.Where(d => !publication.Documents.Any(x => string.Equals(x.Label, d.Label, StringComparison.OrdinalIgnoreCase))))
        {
            publication.Documents.Add(new PublicationDocument
            {
                Position = publication.Documents.Count,
                Label = document.Label,
                Format = document.Format,
                Pages = document.Pages,
            });
        }

        _resolved[p] = publication;
        return publication;
    }

    private static string Key(string title, DateOnly? date) =>
        $"{Whitespace().Replace(title.Trim(), " ").ToUpperInvariant().Replace('‘', '\'').Replace('’', '\'')}|{date:yyyy-MM-dd}";

    private static string Unique(string text, HashSet<string> taken)
    {
        var slug = Slug.Unique(text, taken.Contains);
        taken.Add(slug);
        return slug;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
