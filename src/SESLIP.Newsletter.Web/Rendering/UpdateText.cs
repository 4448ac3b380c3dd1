using System.Globalization;
using System.Text;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Rendering;

/// <summary>An update as plain text: the e-mail's text part and <c>/updates/{n}.txt</c>. Editor text is Markdown,
/// which is already written to be read as text, so it is kept as the editor wrote it; links are spelled out.</summary>
public static class UpdateText
{
    /// <param name="urlOf">The absolute address of an update, with an optional item anchor.</param>
    /// <param name="calendarOf">The absolute address of a directory meeting's .ics file.</param>
    public static string Write(UpdatePage update, Func<int, string?, string> urlOf, Func<int, string> calendarOf)
    {
        var text = new StringBuilder();
        var rule = new string('=', 60);
        text.AppendLine(CultureInfo.InvariantCulture, $"SESLIP Friday Update no {update.Number}");
        text.AppendLine(update.IssueDateText);
        text.AppendLine(CultureInfo.InvariantCulture, $"Read it on the web: {urlOf(update.Number, null)}");
        text.AppendLine(rule);

        foreach (var correction in update.Corrections)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Corrected on {correction.DateText}: {correction.Note}");
        }

        if (!string.IsNullOrWhiteSpace(update.Intro))
        {
            text.AppendLine().AppendLine(Normalise(update.Intro));
        }

        Section(text, "UPDATES", update.News, update, urlOf);

        if (update.HasReminders)
        {
            text.AppendLine().AppendLine(rule).AppendLine("REMINDERS FROM PREVIOUS WEEKS");
            if (update.Meetings.Count > 0)
            {
                text.AppendLine().AppendLine("Future dates for network meetings");
                foreach (var meeting in update.Meetings)
                {
                    text.AppendLine((meeting.NetworkName + ": " + meeting.DetailsSentence + " " + meeting.ContactText).TrimEnd().Insert(0, "- "));
                    if (meeting.MeetingId is int id)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"  Add to calendar: {calendarOf(id)}");
                    }
                }
            }

            Section(text, null, update.Reminders, update, urlOf);
        }

        if (update.Publications.Count > 0)
        {
            text.AppendLine().AppendLine(rule).AppendLine("TOOLS & TEMPLATES").AppendLine();
            foreach (var publication in update.Publications)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {publication.Text}");
            }
        }

        if (update.Contacts.Count > 0)
        {
            text.AppendLine().AppendLine(rule).AppendLine("CONTACT DETAILS");
            foreach (var contact in update.Contacts)
            {
                text.AppendLine();
                foreach (var line in new[] { contact.Name, contact.Roles, contact.Organisation, contact.Email, contact.Phone })
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        text.AppendLine(line.Trim());
                    }
                }
            }
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Section(StringBuilder text, string? title, IEnumerable<UpdateItemView> items, UpdatePage update, Func<int, string?, string> urlOf)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (title is not null)
        {
            text.AppendLine().AppendLine(new string('=', 60)).AppendLine(title);
        }

        foreach (var item in list)
        {
            text.AppendLine().AppendLine(item.Title).AppendLine(new string('-', Math.Min(60, Math.Max(3, item.Title.Length))));
            if (!string.IsNullOrWhiteSpace(item.Body))
            {
                text.AppendLine(Normalise(item.Body));
            }

            if (!string.IsNullOrWhiteSpace(item.Headlines))
            {
                text.AppendLine().AppendLine("Headlines:").AppendLine(Normalise(item.Headlines));
            }

            if (!string.IsNullOrWhiteSpace(item.ActionRequired))
            {
                text.AppendLine().AppendLine("Action required:").AppendLine(Normalise(item.ActionRequired));
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"Link to this item: {urlOf(update.Number, item.Anchor)}");
        }
    }

    private static string Normalise(string markdown) => markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
