using System.Globalization;
using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>
/// Reads the plain-text Friday Update (both layouts, see docs/adr/0003-legacy-import-format.md) into a
/// <see cref="ParsedUpdate"/>. Pure: no database, no clock. Lines it cannot place become notes, never errors;
/// only a file with no "Update no N date" header is refused.
/// </summary>
public static partial class LegacyParser
{
    private enum Mode
    {
        Intro,
        Between,
        ItemTitle,
        ItemBody,
        ItemHeadlines,
        ItemAction,
        Meetings,
        Tools,
        Contacts,
    }

    public static ParsedUpdate Parse(string text)
    {
        var lines = Normalise(text);
        var result = new ParsedUpdate();
        var headerIndex = ReadHeader(lines, result);
        result.Layout = lines.Any(l => ProgrammeLabel().IsMatch(l.Text)) ? UpdateLayout.ProgrammeUpdate : UpdateLayout.Headlines;

        var state = new State(result);
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length == 0)
            {
                state.Current?.Break();
                state.Intro.Break();
                continue;
            }

            ReadLine(state, lines, i);
        }

        state.FinishItem();
        result.Intro = state.Intro.ToString();
        LinkItemsToToolsPublications(result);
        return result;
    }

    private static void ReadLine(State state, List<SourceLine> lines, int i)
    {
        var line = lines[i];
        var text = line.Text;

        if (IsChrome(text) || IsRepeatedHeader(text, state.Result))
        {
            if (state.Mode == Mode.Intro && IsRepeatedHeader(text, state.Result))
            {
                state.Mode = Mode.Between;
            }

            return;
        }

        // Section markers: the same words in both layouts, in any case.
        if (Is(text, "Updates") && state.Mode is Mode.Intro or Mode.Between)
        {
            state.Mode = Mode.Between;
            return;
        }

        if (RemindersMarker().IsMatch(text))
        {
            state.FinishItem();
            state.Section = ItemSection.Reminder;
            state.Mode = Mode.Between;
            return;
        }

        if (Is(text, "Reminder") && state.Section == ItemSection.Reminder && state.Mode == Mode.Between)
        {
            return;
        }

        if (ToolsMarker().IsMatch(text))
        {
            state.FinishItem();
            state.Mode = Mode.Tools;
            return;
        }

        if (Is(text, "Contact Details"))
        {
            state.FinishItem();
            state.Mode = Mode.Contacts;
            return;
        }

        switch (state.Mode)
        {
            case Mode.Tools:
                state.Result.Tools.Add(ReadToolsLine(line, state.Result));
                return;
            case Mode.Contacts:
                ReadContactLine(line, state.Result);
                return;
        }

        // 2020–2022 layout: Programme / Update / Action Required labels.
        var programme = ProgrammeLabel().Match(text);
        if (programme.Success)
        {
            state.FinishItem();
            state.StartItem(line.Number);
            state.Mode = Mode.ItemTitle;
            if (programme.Groups["rest"].Value is { Length: > 0 } inlineTitle)
            {
                state.AddTitle(inlineTitle);
            }

            return;
        }

        if (state.Result.Layout == UpdateLayout.ProgrammeUpdate && UpdateLabel().IsMatch(text) && state.Mode is Mode.ItemTitle or Mode.ItemBody or Mode.Meetings)
        {
            state.Mode = state.Mode == Mode.Meetings ? Mode.Meetings : Mode.ItemBody;
            return;
        }

        if (ActionLabel().IsMatch(text) && state.Mode is Mode.ItemTitle or Mode.ItemBody or Mode.ItemHeadlines or Mode.Meetings)
        {
            state.Mode = state.Mode == Mode.Meetings ? Mode.Meetings : Mode.ItemAction;
            return;
        }

        if (MeetingsMarker().IsMatch(text) && state.Mode is Mode.Between or Mode.ItemTitle or Mode.ItemBody or Mode.ItemHeadlines or Mode.ItemAction)
        {
            state.DiscardItem();
            state.Mode = Mode.Meetings;
            return;
        }

        // 2023– layout: an item's title is the line followed by "On <date> <publisher> published <title>".
        if (state.Result.Layout == UpdateLayout.Headlines && state.Mode != Mode.Intro
            && NextNonBlank(lines, i) is { } next && OnPublished().IsMatch(next.Text) && !OnPublished().IsMatch(text))
        {
            state.FinishItem();
            state.StartItem(line.Number);
            state.AddTitle(text);
            state.Mode = Mode.ItemTitle;
            return;
        }

        switch (state.Mode)
        {
            case Mode.Intro:
                if (!Is(text, "Newsletters"))
                {
                    state.Intro.Paragraph(text);
                }

                return;
            case Mode.Meetings:
                if (!Is(text, "Network dates:"))
                {
                    ReadMeetingLine(line, state.Result);
                }

                return;
            case Mode.ItemTitle when state.Result.Layout == UpdateLayout.ProgrammeUpdate:
                state.AddTitle(text);
                return;
            case Mode.ItemTitle:
                state.Item!.Publication = ReadOnPublished(text, state.Result.IssueDate);
                state.Body.Paragraph(text);
                state.Body.Break();
                state.Mode = Mode.ItemBody;
                return;
            case Mode.ItemBody when Is(text, "Headlines"):
                state.Mode = Mode.ItemHeadlines;
                return;
            case Mode.ItemBody or Mode.ItemHeadlines or Mode.ItemAction:
                state.AddText(text);
                if (state.Item?.Publication is { } publication && ReadDocument(text) is { } document)
                {
                    publication.Documents.Add(document);
                }

                return;
            default:
                state.Result.Notes.Add(new ImportNote(line.Number, "not inside any item or section; left out", text));
                return;
        }
    }

    // ---- header ------------------------------------------------------------------------------

    private static int ReadHeader(List<SourceLine> lines, ParsedUpdate result)
    {
        var first = lines.FindIndex(l => l.Text.Length > 0);
        if (first < 0)
        {
            throw new ImportFormatException(1, "The file is empty.");
        }

        var match = Header().Match(lines[first].Text);
        if (!match.Success)
        {
            throw new ImportFormatException(lines[first].Number,
                $"Expected a header such as \"Update no 654 21st March 2025\" but found \"{Shorten(lines[first].Text)}\".");
        }

        if (!int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new ImportFormatException(lines[first].Number, $"\"{match.Groups["number"].Value}\" is not an update number.");
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!LegacyDates.TryCreate(year, LegacyDates.Month(match.Groups["month"].Value), day, out var date))
        {
            throw new ImportFormatException(lines[first].Number, $"The header's date \"{match.Groups["date"].Value}\" is not a real date.");
        }

        result.Number = number;
        result.IssueDate = date;
        return first;
    }

    private static bool IsRepeatedHeader(string text, ParsedUpdate result)
    {
        var match = Header().Match(text);
        return match.Success && match.Groups["number"].Value == result.Number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Page furniture that the text copies kept: the header picture's alt text and the
    /// site's excerpt of the intro.</summary>
    private static bool IsChrome(string text) =>
        Is(text, "Three children playing happily together")
        || (text.StartsWith("Newsletters ", StringComparison.OrdinalIgnoreCase) && (text.EndsWith("[…]", StringComparison.Ordinal) || text.EndsWith("[...]", StringComparison.Ordinal)));

    // ---- publications ------------------------------------------------------------------------

    private static ParsedToolsLine ReadToolsLine(SourceLine line, ParsedUpdate result)
    {
        var publication = ReadOnPublished(line.Text, result.IssueDate) ?? ReadPublishedBy(line, result);
        if (publication is null)
        {
            result.Notes.Add(new ImportNote(line.Number, "Tools & Templates line with no publisher and date; kept as text", line.Text));
        }

        return new ParsedToolsLine { Line = line.Number, Text = line.Text, Publication = publication };
    }

    /// <summary>"On 7 March NSPCC published X" (2023–), also "On 7 MarchNSPCC published X".</summary>
    private static ParsedPublication? ReadOnPublished(string text, DateOnly issueDate)
    {
        var m = OnPublished().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var month = LegacyDates.Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        DateOnly? date = m.Groups["year"].Success && LegacyDates.TryCreate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, day, out var explicitDate)
            ? explicitDate
            : LegacyDates.InferPast(month, day, issueDate);
        var publication = NewPublication(m.Groups["title"].Value, m.Groups["publisher"].Value, date);
        return publication;
    }

    /// <summary>"X published by Y on 9 April 2021" (2020–2022).</summary>
    private static ParsedPublication? ReadPublishedBy(SourceLine line, ParsedUpdate result)
    {
        var m = PublishedBy().Match(line.Text);
        if (!m.Success)
        {
            return null;
        }

        var month = LegacyDates.Month(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var yearText = m.Groups["year"].Value;
        DateOnly? date;
        if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && LegacyDates.TryCreate(year, month, day, out var explicitDate))
        {
            date = explicitDate;
        }
        else
        {
            date = LegacyDates.InferPast(month, day, result.IssueDate);
            result.Notes.Add(new ImportNote(line.Number, $"year \"{yearText}\" is not a year; assumed {date:yyyy}", line.Text));
        }

        return NewPublication(m.Groups["title"].Value, m.Groups["publisher"].Value, date);
    }

    private static ParsedPublication NewPublication(string title, string publisherText, DateOnly? date)
    {
        var publication = new ParsedPublication { PublisherText = publisherText.Trim(), Publisher = OrganisationName(publisherText), Date = date };

        // "Safeguarding Pressures Phase 9. The full report (pdf 91 pages) is here. The summary … is here"
        var sentences = title.Trim().Split(". ", StringSplitOptions.TrimEntries);
        var documents = sentences.Skip(1).Select(ReadDocument).ToList();
        if (sentences.Length > 1 && documents.All(d => d is not null))
        {
            publication.Title = sentences[0];
            publication.Documents.AddRange(documents!);
        }
        else
        {
            publication.Title = title.Trim();
        }

        return publication;
    }

    /// <summary>"the Children’s Commissioner" → "Children’s Commissioner"; "Foundations (previously …)" → "Foundations".</summary>
    internal static string OrganisationName(string publisherText)
    {
        var name = publisherText.Trim();
        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && name.EndsWith(')'))
        {
            name = name[..paren];
        }

        return name.Trim();
    }

    /// <summary>"A summary is here (pdf 4 pages)", "The full report (pdf 91 pages) is here", "Read the blog commentary here".</summary>
    private static ParsedDocument? ReadDocument(string text)
    {
        var m = DocumentLine().Match(text.TrimEnd('.'));
        if (!m.Success)
        {
            return null;
        }

        var label = m.Groups["label"].Value.Trim();
        if (label.Length is 0 or > 60)
        {
            return null;
        }

        label = char.ToUpperInvariant(label[0]) + label[1..];
        var format = m.Groups["format"].Success ? m.Groups["format"].Value.ToLowerInvariant() : null;
        int? pages = m.Groups["pages"].Success ? int.Parse(m.Groups["pages"].Value, CultureInfo.InvariantCulture) : null;
        return new ParsedDocument(label, format, pages);
    }

    private static void LinkItemsToToolsPublications(ParsedUpdate result)
    {
        foreach (var item in result.Items.Where(i => i.Publication is null))
        {
            item.Publication = result.Tools
                .Select(t => t.Publication)
                .FirstOrDefault(p => p is not null && string.Equals(p.Title, item.Title, StringComparison.OrdinalIgnoreCase));
        }
    }

    // ---- meetings ----------------------------------------------------------------------------

    private static void ReadMeetingLine(SourceLine line, ParsedUpdate result)
    {
        var text = line.Text;
        string network, rest;
        var colon = MeetingName().Match(text);
        var glued = GluedMeetingName().Match(text);
        if (colon.Success)
        {
            network = colon.Groups["network"].Value.Trim();
            rest = colon.Groups["rest"].Value.Trim();
        }
        else if (glued.Success)
        {
            // "AD EducationFriday 18 June – 10.30am": the colon was lost in the original.
            network = glued.Groups["network"].Value.Trim();
            rest = glued.Groups["rest"].Value.Trim();
            result.Notes.Add(new ImportNote(line.Number, $"no colon after the network's name; read it as \"{network}\"", text));
        }
        else
        {
            result.Notes.Add(new ImportNote(line.Number, "not a \"Network: date. More from Name\" line; left out", text));
            return;
        }

        var meeting = new ParsedMeetingLine { Line = line.Number, NetworkName = network };
        var contact = ContactPhrase().Match(rest);
        if (contact.Success)
        {
            meeting.ContactText = contact.Groups["phrase"].Value.Trim();
            var who = contact.Groups["who"].Value.Trim().TrimEnd('.');
            if (who.Contains('@', StringComparison.Ordinal))
            {
                meeting.ContactEmail = who;
            }
            else
            {
                // "Contact Sally Hickman for MS Teams invitation"
                var purpose = who.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
                meeting.ContactName = purpose > 0 ? who[..purpose] : who;
            }

            rest = rest[..contact.Index].Trim();
        }

        meeting.Details = rest.TrimEnd('.', ' ');
        ReadWhenAndWhere(meeting, line, result);
        result.Meetings.Add(meeting);
    }

    private static void ReadWhenAndWhere(ParsedMeetingLine meeting, SourceLine line, ParsedUpdate result)
    {
        var residue = meeting.Details;
        var date = MeetingDate().Match(residue);
        if (date.Success)
        {
            var month = LegacyDates.Month(date.Groups["month"].Value);
            var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
            DayOfWeek? weekday = date.Groups["weekday"].Success ? LegacyDates.Weekday(date.Groups["weekday"].Value) : null;
            var yearText = date.Groups["year"].Value;
            if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && LegacyDates.TryCreate(year, month, day, out var explicitDate))
            {
                meeting.Date = explicitDate;
                if (weekday is { } wd && explicitDate.DayOfWeek != wd)
                {
                    result.Notes.Add(new ImportNote(line.Number, $"{explicitDate:d MMMM yyyy} is a {explicitDate.DayOfWeek}, not a {wd}", line.Text));
                }
            }
            else
            {
                meeting.Date = LegacyDates.InferFuture(month, day, weekday, result.IssueDate);
                if (yearText.Length > 0)
                {
                    result.Notes.Add(new ImportNote(line.Number, $"year \"{yearText}\" is not a year; assumed {meeting.Date:yyyy}", line.Text));
                }
            }

            residue = residue.Remove(date.Index, date.Length).Insert(date.Index, " ");
        }

        var range = TimeRange().Match(residue);
        if (range.Success)
        {
            var endMeridiem = range.Groups["ap2"].Value;
            var startMeridiem = range.Groups["ap1"].Success ? range.Groups["ap1"].Value : endMeridiem;
            meeting.StartTime = Time(range.Groups["h1"].Value, range.Groups["m1"].Value, startMeridiem);
            meeting.EndTime = Time(range.Groups["h2"].Value, range.Groups["m2"].Value, endMeridiem);
            if (!range.Groups["ap1"].Success && meeting.StartTime > meeting.EndTime)
            {
                // "11-1pm": the start is in the morning.
                meeting.StartTime = Time(range.Groups["h1"].Value, range.Groups["m1"].Value, "am");
            }

            residue = residue.Remove(range.Index, range.Length).Insert(range.Index, " ");
        }
        else if (SingleTime().Match(residue) is { Success: true } time)
        {
            meeting.StartTime = Time(time.Groups["h"].Value, time.Groups["m"].Value, time.Groups["ap"].Value);
            residue = residue.Remove(time.Index, time.Length).Insert(time.Index, " ");
        }

        var inPerson = InPerson().IsMatch(residue);
        var online = Online().IsMatch(residue) || Online().IsMatch(meeting.ContactText);
        meeting.Attendance = (inPerson, online) switch
        {
            (true, true) => Attendance.Hybrid,
            (true, false) => Attendance.InPerson,
            (false, true) => Attendance.Online,
            _ => Attendance.Unknown,
        };
        residue = Online().Replace(InPerson().Replace(residue, " "), " ");
        residue = Tidy(residue);
        if (meeting.Attendance is Attendance.InPerson or Attendance.Hybrid && residue.Length > 0 && !residue.Contains(". ", StringComparison.Ordinal))
        {
            meeting.Place = residue;
        }
        else
        {
            meeting.Note = residue;
        }
    }

    private static TimeOnly? Time(string hours, string minutes, string meridiem)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length > 0 ? int.Parse(minutes, CultureInfo.InvariantCulture) : 0;
        if (meridiem.Equals("pm", StringComparison.OrdinalIgnoreCase) && h < 12)
        {
            h += 12;
        }
        else if (meridiem.Equals("am", StringComparison.OrdinalIgnoreCase) && h == 12)
        {
            h = 0;
        }

        return h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h, m) : null;
    }

    /// <summary>What is left of a meeting line once date, time and attendance are taken out.</summary>
    private static string Tidy(string residue)
    {
        var s = Spaces().Replace(residue, " ").Trim();
        s = LeadingPunctuation().Replace(s, "");
        s = TrailingPunctuation().Replace(s, "");
        s = Spaces().Replace(s.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal), " ").Trim();
        return s.Any(char.IsLetterOrDigit) ? s : "";
    }

    // ---- contacts ----------------------------------------------------------------------------

    private static void ReadContactLine(SourceLine line, ParsedUpdate result)
    {
        var text = line.Text;
        var header = ContactHeader().Match(text);
        var current = result.Contacts.Count > 0 ? result.Contacts[^1] : null;
        if (header.Success && !text.Contains('@', StringComparison.Ordinal))
        {
            result.Contacts.Add(new ParsedContact
            {
                Line = line.Number,
                Roles = header.Groups["roles"].Value.Trim(),
                Name = header.Groups["name"].Value.Trim(),
                Organisation = header.Groups["org"].Value.Trim(),
            });
        }
        else if (current is not null && current.Email.Length == 0 && EmailLine().IsMatch(text))
        {
            current.Email = text;
        }
        else if (current is not null && current.Phone.Length == 0 && PhoneLine().IsMatch(text))
        {
            current.Phone = text;
        }
        else
        {
            result.Notes.Add(new ImportNote(line.Number, "not a \"Role: Name (Organisation)\", e-mail or phone line; left out", text));
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private sealed record SourceLine(int Number, string Text);

    private static List<SourceLine> Normalise(string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .Select((l, i) => new SourceLine(i + 1, l.Replace('\u00A0', ' ').Replace("\uFEFF", "", StringComparison.Ordinal).Trim()))
            .ToList();

    private static SourceLine? NextNonBlank(List<SourceLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Text.Length > 0)
            {
                return lines[j];
            }
        }

        return null;
    }

    private static bool Is(string text, string marker) => string.Equals(text.Trim(), marker, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private sealed class State(ParsedUpdate result)
    {
        private readonly List<string> _titleLines = [];

        public ParsedUpdate Result { get; } = result;
        public Mode Mode { get; set; } = Mode.Intro;
        public ItemSection Section { get; set; } = ItemSection.News;
        public MarkdownBuilder Intro { get; } = new();
        public ParsedItem? Item { get; private set; }
        public MarkdownBuilder Body { get; private set; } = new();
        public MarkdownBuilder Headlines { get; private set; } = new();
        public MarkdownBuilder Action { get; private set; } = new();

        public MarkdownBuilder? Current => Mode switch
        {
            Mode.ItemBody => Body,
            Mode.ItemHeadlines => Headlines,
            Mode.ItemAction => Action,
            _ => null,
        };

        public void StartItem(int line)
        {
            Item = new ParsedItem { Line = line, Section = Section };
            _titleLines.Clear();
            Body = new MarkdownBuilder();
            Headlines = new MarkdownBuilder();
            Action = new MarkdownBuilder();
        }

        public void AddTitle(string text) => _titleLines.Add(text);

        public void AddText(string text)
        {
            var bullet = Bullet().Match(text);
            if (bullet.Success)
            {
                Current!.Bullet(bullet.Groups["text"].Value);
            }
            else
            {
                Current!.Paragraph(text);
            }
        }

        public void DiscardItem()
        {
            Item = null;
            _titleLines.Clear();
        }

        public void FinishItem()
        {
            if (Item is null)
            {
                return;
            }

            Item.Title = string.Join(" ", _titleLines).Trim();
            Item.Body = Body.ToString();
            Item.Headlines = Headlines.ToString();
            Item.ActionRequired = Action.ToString();
            if (Item.Title.Length == 0)
            {
                Result.Notes.Add(new ImportNote(Item.Line, "item has no title; left out", ""));
            }
            else
            {
                Result.Items.Add(Item);
            }

            DiscardItem();
            Mode = Mode.Between;
        }
    }

    // ---- patterns ----------------------------------------------------------------------------

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"^update\s+no\.?\s*(?<number>\d{1,9})\s+(?<date>(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")\s+(?<year>\d{4}))\s*$", Options)]
    private static partial Regex Header();

    [GeneratedRegex(@"^programme:\s*(?<rest>.*)$", Options)]
    private static partial Regex ProgrammeLabel();

    [GeneratedRegex(@"^update:\s*$", Options)]
    private static partial Regex UpdateLabel();

    [GeneratedRegex(@"^action required:?\s*$", Options)]
    private static partial Regex ActionLabel();

    [GeneratedRegex(@"^reminders?\s+from\s+previous\s+weeks$", Options)]
    private static partial Regex RemindersMarker();

    [GeneratedRegex(@"^future\s+dates\s+for\s+network\s+meetings$", Options)]
    private static partial Regex MeetingsMarker();

    [GeneratedRegex(@"^tools\s*(&|and)\s*templates$", Options)]
    private static partial Regex ToolsMarker();

    [GeneratedRegex(@"^On\s+(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")(\s+(?<year>\d{4}))?,?\s*(?<publisher>.+?)\s+published\s+(?<title>.+)$", Options)]
    private static partial Regex OnPublished();

    [GeneratedRegex(@"^(?<title>.+?)\s+published\s+by\s+(?<publisher>.+?)\s+(on\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")\s+(?<year>\d{2,4})\s*\.?$", Options)]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@"^(read\s+(?<label>.+?)\s+here|(?<label>.+?)\s*(\((?<format>[a-z]+)\s+(?<pages>\d+)\s+pages?\)\s*)?(is|are|can\s+be\s+found)\s+here\s*(\((?<format>[a-z]+)\s+(?<pages>\d+)\s+pages?\))?)$", Options)]
    private static partial Regex DocumentLine();

    [GeneratedRegex(@"^(?<network>[^:]{2,80}?):\s*(?<rest>.*)$", Options)]
    private static partial Regex MeetingName();

    [GeneratedRegex(@"^(?<network>.{2,80}?[a-z])(?<rest>(" + LegacyDates.WeekdayPattern + @")\b.*)$", Options)]
    private static partial Regex GluedMeetingName();

    [GeneratedRegex(@"(?<phrase>(more\s+(information\s+)?from|contact)\s+(?<who>[^()]+?)(\s*\(contact\s+details\s+below\))?\s*\.?)\s*$", Options)]
    private static partial Regex ContactPhrase();

    [GeneratedRegex(@"((?<weekday>" + LegacyDates.WeekdayPattern + @")\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")(\s+(?<year>\d{2}[\d-]{1,2})(?!\d|[:.]\d|\s*(am|pm)))?", Options)]
    private static partial Regex MeetingDate();

    [GeneratedRegex(@"(?<![\d:.])(?<h1>\d{1,2})([:.](?<m1>\d{2}))?\s*(?<ap1>am|pm)?\s*[-–]\s*(?<h2>\d{1,2})([:.](?<m2>\d{2}))?\s*(?<ap2>am|pm)", Options)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"(?<![\d:.])(?<h>\d{1,2})([:.](?<m>\d{2}))?\s*(?<ap>am|pm)\b", Options)]
    private static partial Regex SingleTime();

    [GeneratedRegex(@"\bin[\s-]person\b", Options)]
    private static partial Regex InPerson();

    [GeneratedRegex(@"\b(via\s+(ms\s+)?teams|(ms\s+)?teams|zoom|online|virtual)\b", Options)]
    private static partial Regex Online();

    [GeneratedRegex(@"^(?<roles>.+):\s+(?<name>[^:]+?)(\s+\((?<org>[^()]*(\([^()]*\)[^()]*)*)\))?\s*$", Options)]
    private static partial Regex ContactHeader();

    [GeneratedRegex(@"^\S+@\S+\.\S+$", Options)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^\+?[\d\s()-]{7,20}$", Options)]
    private static partial Regex PhoneLine();

    [GeneratedRegex(@"^[•·▪\-*]\s*(?<text>.+)$", Options)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\s,.;:–-]+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"[\s,;:–-]+$")]
    private static partial Regex TrailingPunctuation();
}
