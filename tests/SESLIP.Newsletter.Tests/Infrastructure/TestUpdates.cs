using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Updates arranged directly in the database, for pages whose behaviour does not depend on the seeds.</summary>
internal static class TestUpdates
{
    public static Update Create(
        int number,
        DateOnly? issueDate = null,
        UpdateStatus status = UpdateStatus.Published,
        UpdateLayout layout = UpdateLayout.Headlines,
        int newsItems = 2,
        int reminderItems = 1)
    {
        var date = issueDate ?? new DateOnly(2025, 3, 21);
        var update = new Update
        {
            Number = number,
            IssueDate = date,
            Intro = $"If you have any news for update {number}, please contact Richard Tyndall (details below).",
            Layout = layout,
            Status = status,
            PublishedAtUtc = status == UpdateStatus.Published ? date.ToDateTime(new TimeOnly(9, 0)) : null,
            CreatedAtUtc = date.ToDateTime(new TimeOnly(8, 0)),
            UpdatedAtUtc = date.ToDateTime(new TimeOnly(9, 0)),
        };

        for (var i = 1; i <= newsItems; i++)
        {
            update.Items.Add(new UpdateItem
            {
                Section = ItemSection.News,
                Position = i,
                Title = $"News {i} of update {number}",
                Anchor = $"news-{i}",
                Body = $"Body of news {i}.",
                Headlines = layout == UpdateLayout.Headlines ? $"- Headline of news {i}" : "",
                ActionRequired = layout == UpdateLayout.ProgrammeUpdate ? $"Action for news {i}." : "",
            });
        }

        for (var i = 1; i <= reminderItems; i++)
        {
            update.Items.Add(new UpdateItem
            {
                Section = ItemSection.Reminder,
                Position = i,
                Title = $"Reminder {i} of update {number}",
                Anchor = $"reminder-{i}",
                Body = $"Body of reminder {i}.",
            });
        }

        update.Meetings.Add(new EditionMeeting { Position = 1, NetworkName = "AD Safeguarding", Details = "Friday 6 June 10am in-person Central London.", ContactText = "More from Mark Evans (contact details below)", ContactName = "Mark Evans" });
        update.Meetings.Add(new EditionMeeting { Position = 2, NetworkName = "QA Network", ContactText = "Contact Sian.fearn@kent.gov.uk" });
        update.Publications.Add(new EditionPublication { Position = 1, Text = "On 7 March NSPCC published ‘Disguised compliance’: learning from case reviews" });
        update.Contacts.Add(new EditionContact { Position = 1, Roles = "CSC Workforce and AD Safeguarding Network Lead", Name = "Mark Evans", Organisation = "South East Sector-Led Improvement Programme", Email = "Mark@markevansconsulting.co.uk", Phone = "07803 147072" });
        update.Contacts.Add(new EditionContact { Position = 2, Roles = "SESLIP Education Data Group Lead", Name = "Daryl Perilli", Organisation = "Brighton and Hove", Email = "Daryl.Perilli@brighton-hove.gov.uk" });
        return update;
    }

    public static async Task AddAsync(NewsletterDbContext db, params Update[] updates)
    {
        db.Updates.AddRange(updates);
        await db.SaveChangesAsync();
    }
}
