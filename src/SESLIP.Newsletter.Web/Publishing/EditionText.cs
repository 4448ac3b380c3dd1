using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>How an update words directory records, in the newsletter's own style, e.g.
/// "On 7 March NSPCC published …"; meetings are worded by <see cref="MeetingWording"/>.</summary>
public static class EditionText
{
    public static string ContactLine(Contact? contact, string fallback) =>
        contact is null ? fallback : $"More from {contact.Name} (contact details below)";

    public static string PublicationLine(Publication publication, UpdateLayout layout, DateOnly issueDate)
    {
        var publisher = publication.PublisherText.Length > 0 ? publication.PublisherText : publication.Publisher?.Name ?? "";
        if (layout == UpdateLayout.ProgrammeUpdate)
        {
            var by = publisher.Length > 0 ? $" published by {publisher}" : "";
            var on = publication.PublishedOn is { } d ? " " + Dates.DayMonthYear(d) : "";
            return publication.Title + by + on;
        }

        if (publication.PublishedOn is { } date)
        {
            // The newsletter leaves out the year of a date in the twelve months before the issue.
            var withinYear = date <= issueDate && date > issueDate.AddYears(-1);
            var when = withinYear ? Dates.DayMonth(date) : Dates.DayMonthYear(date);
            return publisher.Length > 0 ? $"On {when} {publisher} published {publication.Title}" : $"On {when}: {publication.Title}";
        }

        return publisher.Length > 0 ? $"{publisher} published {publication.Title}" : publication.Title;
    }
}
