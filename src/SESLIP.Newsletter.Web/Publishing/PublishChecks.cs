using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>The checks an update gets before it is published: the mistakes readers notice first (a weekday that
/// does not match its date, a meeting already past, a gap in the numbering, a contact nobody can find, a link
/// with nowhere to go, last week's news repeated as news). Dead links are checked apart, in the background, by
/// <see cref="LinkChecks"/>. See docs/adr/0032-corrections-and-publish-checks.md.</summary>
public sealed partial class PublishChecks(NewsletterDbContext db)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Every check that needs no network, on an update loaded with its items and lines.</summary>
    public async Task<List<PublishWarning>> CheckAsync(Update update, CancellationToken cancellationToken = default)
    {
        var warnings = new List<PublishWarning>();
        foreach (var (where, text) in Texts(update))
        {
            warnings.AddRange(WrongWeekdays(text, update.IssueDate).Select(m => new PublishWarning(m, where)));
            warnings.AddRange(LinkTextsWithoutAddress(text).Select(m => new PublishWarning(m, where)));
        }

        warnings.AddRange(await PastMeetingsAsync(update, cancellationToken));
        if (await NumberingAsync(update, cancellationToken) is { } numbering)
        {
            warnings.Add(numbering);
        }

        warnings.AddRange(await UnknownContactsAsync(update, cancellationToken));
        warnings.AddRange(await RepeatedNewsAsync(update, cancellationToken));
        return warnings;
    }

    /// <summary>Every piece of text readers see, with where it is.</summary>
    public static IEnumerable<(string Where, string Text)> Texts(Update update)
    {
        yield return ("Introduction", update.Intro);
        foreach (var item in update.Items.OrderBy(i => i.Section).ThenBy(i => i.Position))
        {
            var kind = item.Section == ItemSection.News ? "News item" : "Reminder";
            yield return ($"{kind} “{item.Title}” (title)", item.Title);
            yield return ($"{kind} “{item.Title}” (text)", item.Body);
            yield return ($"{kind} “{item.Title}” (headlines)", item.Headlines);
            yield return ($"{kind} “{item.Title}” (action required)", item.ActionRequired);
        }

        foreach (var line in update.Meetings.OrderBy(m => m.Position))
        {
            yield return ($"Meeting line “{line.NetworkName}”", $"{line.Details} {line.ContactText}");
        }

        foreach (var line in update.Publications.OrderBy(p => p.Position))
        {
            yield return ($"Tools & Templates line “{Shorten(line.Text)}”", line.Text);
        }
    }

    /// <summary>"Friday 6 June" where 6 June (of the year given, else the issue's year) is not a Friday.</summary>
    public static IEnumerable<string> WrongWeekdays(string? text, DateOnly issueDate)
    {
        foreach (var mention in TextDates.Mentions(text))
        {
            if (mention.Weekday is not { } weekday)
            {
                continue;
            }

            var year = mention.Year ?? issueDate.Year;
            if (mention.Resolve(year) is not { } date)
            {
                yield return $"“{mention.Said}”: {new DateOnly(year, mention.Month, 1).ToString("MMMM yyyy", English)} has no {Ordinal(mention.Day)}.";
                continue;
            }

            if (date.DayOfWeek == weekday)
            {
                continue;
            }

            // Without a year, a date well before the issue is next year's ("Friday 9 January" in December).
            if (mention.Year is null && date < issueDate.AddMonths(-3) && mention.Resolve(year + 1) is { } next && next.DayOfWeek == weekday)
            {
                continue;
            }

            yield return $"“{mention.Said}”: {Dates.DayMonthYear(date)} is a {date.DayOfWeek}.";
        }
    }

    /// <summary>"click here", "read more", "full report" or "here." left as plain words, with no address in the
    /// paragraph (a link lost when text was pasted), and Markdown links whose address is empty.</summary>
    public static IEnumerable<string> LinkTextsWithoutAddress(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            yield break;
        }

        foreach (var paragraph in Paragraphs().Split(markdown))
        {
            foreach (Match empty in EmptyLink().Matches(paragraph))
            {
                yield return $"The link “{empty.Groups["text"].Value}” has no address.";
            }

            if (Address().IsMatch(paragraph))
            {
                continue;
            }

            foreach (Match phrase in LinkPhrase().Matches(paragraph))
            {
                yield return $"“{phrase.Value.Trim()}” reads as a link, but there is no address: add the link, or reword it.";
            }
        }
    }

    /// <summary>The web addresses readers can follow from the update, with where each is.</summary>
    public static IEnumerable<(string Where, string Address)> Links(Update update) =>
        Texts(update).SelectMany(t => Addresses(t.Text).Select(a => (t.Where, a)));

    /// <summary>The http and https addresses in <paramref name="markdown"/>, as readers would follow them.</summary>
    public static IEnumerable<string> Addresses(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? [] : WebAddress().Matches(markdown).Select(m => m.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '’'));

    /// <summary>Meetings the update lists whose date is before its issue date.</summary>
    private async Task<List<PublishWarning>> PastMeetingsAsync(Update update, CancellationToken cancellationToken)
    {
        var warnings = new List<PublishWarning>();
        var ids = update.Meetings.Where(m => m.MeetingId is not null).Select(m => m.MeetingId!.Value).ToList();
        var past = ids.Count == 0 ? [] : await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.Date != null && m.Date < update.IssueDate)
            .Select(m => new { m.Id, m.Date })
            .ToListAsync(cancellationToken);
        foreach (var line in update.Meetings.OrderBy(m => m.Position))
        {
            DateOnly? when = line.MeetingId is { } id ? past.FirstOrDefault(p => p.Id == id)?.Date : TextDateBefore(line.Details, update.IssueDate);
            if (when is { } date)
            {
                warnings.Add(new PublishWarning(
                    $"The {line.NetworkName} meeting on {Dates.WithWeekday(date)} is before the issue date ({Dates.DayMonthYear(update.IssueDate)}): choose its next meeting or take the line out.",
                    $"Meeting line “{line.NetworkName}”"));
            }
        }

        return warnings;
    }

    /// <summary>A typed meeting line's date, when it falls in the three months before the issue (an earlier
    /// date without a year is taken to be next year's).</summary>
    private static DateOnly? TextDateBefore(string details, DateOnly issueDate)
    {
        if (TextDates.Mentions(details).FirstOrDefault() is not { } mention || mention.Resolve(issueDate.Year) is not { } date)
        {
            return null;
        }

        return date < issueDate && (mention.Year is not null || date >= issueDate.AddMonths(-3)) ? date : null;
    }

    /// <summary>The number should be one more than the latest published update before it.</summary>
    private async Task<PublishWarning?> NumberingAsync(Update update, CancellationToken cancellationToken)
    {
        var previous = await db.Updates.AsNoTracking().Published()
            .Where(u => u.Id != update.Id && u.IssueDate <= update.IssueDate)
            .OrderByDescending(u => u.Number)
            .Select(u => (int?)u.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not { } last || update.Number == last + 1)
        {
            return null;
        }

        var message = update.Number <= last
            ? $"The number {update.Number} repeats or goes back: the latest published update is no {last}, so this one would be no {last + 1}."
            : update.Number == last + 2
                ? $"No {last + 1} is missing: the latest published update is no {last}, so this one would be no {last + 1}."
                : $"Nos {last + 1}–{update.Number - 1} are missing: the latest published update is no {last}, so this one would be no {last + 1}.";
        return new PublishWarning(message, "Update number");
    }

    /// <summary>"More from X" or "contact X" where nobody called X is in the directory.</summary>
    private async Task<List<PublishWarning>> UnknownContactsAsync(Update update, CancellationToken cancellationToken)
    {
        var named = new List<(string Name, string Where)>();
        foreach (var (where, text) in Texts(update).Where(t => !t.Where.StartsWith("Meeting line", StringComparison.Ordinal)))
        {
            named.AddRange(ContactPhrase().Matches(text ?? "").Select(m => (m.Groups["who"].Value, where)));
        }

        foreach (var line in update.Meetings.Where(m => m.ContactId is null).OrderBy(m => m.Position))
        {
            if (!string.IsNullOrWhiteSpace(line.ContactName))
            {
                named.Add((line.ContactName.Trim(), $"Meeting line “{line.NetworkName}”"));
            }
            else
            {
                named.AddRange(ContactPhrase().Matches(line.ContactText).Select(m => (m.Groups["who"].Value, $"Meeting line “{line.NetworkName}”")));
            }
        }

        if (named.Count == 0)
        {
            return [];
        }

        var names = named.Select(n => n.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lower = names.Select(n => n.ToLowerInvariant()).ToList();
#pragma warning disable CA1304, CA1311 // ToLower here is SQL's LOWER, run by the database, not by .NET.
        var known = (await db.Contacts.AsNoTracking()
                .Where(c => lower.Contains(c.Name.ToLower()))
                .Select(c => c.Name)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
#pragma warning restore CA1304, CA1311
        return [.. named.Where(n => !known.Contains(n.Name))
            .DistinctBy(n => (n.Name.ToLowerInvariant(), n.Where))
            .Select(n => new PublishWarning($"“{n.Name}” is named as the person to contact, but is not in the contacts directory: add them, or check the spelling.", n.Where))];
    }

    /// <summary>A news item exactly as last week's published update had it: a reminder, or a slip.</summary>
    private async Task<List<PublishWarning>> RepeatedNewsAsync(Update update, CancellationToken cancellationToken)
    {
        var previousId = await db.Updates.AsNoTracking().Published()
            .Where(u => u.Id != update.Id && u.Number < update.Number)
            .OrderByDescending(u => u.Number)
            .Select(u => (int?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (previousId is null)
        {
            return [];
        }

        var previous = await db.UpdateItems.AsNoTracking()
            .Where(i => i.UpdateId == previousId)
            .Select(i => new { i.Title, i.Body, i.Headlines, i.ActionRequired, Number = i.Update!.Number })
            .ToListAsync(cancellationToken);
        return [.. update.Items.Where(i => i.Section == ItemSection.News)
            .Where(i => previous.Any(p => Same(p.Title, i.Title) && Same(p.Body, i.Body) && Same(p.Headlines, i.Headlines) && Same(p.ActionRequired, i.ActionRequired)))
            .Select(i => new PublishWarning(
                $"“{i.Title}” is exactly as it was in no {previous[0].Number}: move it to the reminders, or say what is new.",
                $"News item “{i.Title}”"))];
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string Ordinal(int day) => day + (day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"https?://[^\s<>()\[\]""]+|\]\([^)\s]+\)|\bwww\.[^\s<>()]+", Options)]
    private static partial Regex Address();

    [GeneratedRegex(@"https?://[^\s<>()\[\]""]+", Options)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\(\s*\)", Options)]
    private static partial Regex EmptyLink();

    [GeneratedRegex(@"\b(click\s+here|read\s+more|(the\s+)?full\s+report|here(?=\s*[.!;:)]|\s*$))", Options)]
    private static partial Regex LinkPhrase();

    [GeneratedRegex(@"(?i:\b(more\s+(information\s+)?from|contact))\s+(?<who>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,3})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ContactPhrase();
}
