using System.Globalization;
using System.Text.RegularExpressions;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Import.Parsing;

/// <summary>"Future dates for network meetings": one line a network,
/// <c>Network: date, time, place or "via Teams". More from Name (contact details below)</c>, possibly with no
/// date yet. What a line says beyond its date, time and attendance is kept as its place or note.</summary>
internal sealed partial class MeetingLinesReader(ParsedUpdate result, ParseNotes notes)
{
    public static bool IsMarker(SourceLine line) => MeetingsMarker().IsMatch(line.Text);

    /// <summary>"Network dates:" between groups of meeting lines labels them; it is not content.</summary>
    public static bool IsLabel(SourceLine line) => line.Is("Network dates:");

    /// <summary>"Network: …" with a short name before the colon.</summary>
    public static bool LooksLikeMeeting(SourceLine line) => MeetingName().IsMatch(line.Text) || GluedMeetingName().IsMatch(line.Text);

    public void Read(SourceLine line)
    {
        if (IsLabel(line) || ReadNetwork(line) is not { } named)
        {
            return;
        }

        var meeting = new ParsedMeetingLine { Line = line.Number, NetworkName = named.Network };
        meeting.Details = ReadContact(meeting, named.Remainder).TrimEnd('.', ' ');
        var residue = ReadDate(meeting, meeting.Details, line);
        residue = ReadTime(meeting, residue);
        ReadAttendanceAndPlace(meeting, residue);
        result.Meetings.Add(meeting);
    }

    private (string Network, string Remainder)? ReadNetwork(SourceLine line)
    {
        var colon = MeetingName().Match(line.Text);
        if (colon.Success)
        {
            return (colon.Groups["network"].Value.Trim(), colon.Groups["rest"].Value.Trim());
        }

        var glued = GluedMeetingName().Match(line.Text);
        if (glued.Success)
        {
            // "AD EducationFriday 18 June – 10.30am": the colon was lost in the original.
            var network = glued.Groups["network"].Value.Trim();
            notes.Add(line, $"no colon after the network's name; read it as \"{network}\"");
            return (network, glued.Groups["rest"].Value.Trim());
        }

        notes.Add(line, "not a \"Network: date. More from Name\" line; left out");
        return null;
    }

    /// <summary>Takes "More from Name (contact details below)" off the end of the line.</summary>
    private static string ReadContact(ParsedMeetingLine meeting, string rest)
    {
        var contact = ContactPhrase().Match(rest);
        if (!contact.Success)
        {
            return rest;
        }

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

        return rest[..contact.Index].Trim();
    }

    private string ReadDate(ParsedMeetingLine meeting, string residue, SourceLine line)
    {
        var date = MeetingDate().Match(residue);
        if (!date.Success)
        {
            return residue;
        }

        var month = LegacyDates.Month(date.Groups["month"].Value);
        var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
        DayOfWeek? weekday = date.Groups["weekday"].Success ? LegacyDates.Weekday(date.Groups["weekday"].Value) : null;
        var yearText = date.Groups["year"].Value;
        if (yearText.Length == 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && LegacyDates.TryCreate(year, month, day, out var explicitDate))
        {
            meeting.Date = explicitDate;
            if (weekday is { } wd && explicitDate.DayOfWeek != wd)
            {
                notes.Add(line, $"{explicitDate:d MMMM yyyy} is a {explicitDate.DayOfWeek}, not a {wd}");
            }
        }
        else
        {
            meeting.Date = LegacyDates.InferFuture(month, day, weekday, result.IssueDate);
            if (yearText.Length > 0)
            {
                notes.Add(line, $"year \"{yearText}\" is not a year; assumed {meeting.Date:yyyy}");
            }
        }

        return residue.Remove(date.Index, date.Length).Insert(date.Index, " ");
    }

    private static string ReadTime(ParsedMeetingLine meeting, string residue)
    {
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

            return residue.Remove(range.Index, range.Length).Insert(range.Index, " ");
        }

        if (SingleTime().Match(residue) is { Success: true } time)
        {
            meeting.StartTime = Time(time.Groups["h"].Value, time.Groups["m"].Value, time.Groups["ap"].Value);
            return residue.Remove(time.Index, time.Length).Insert(time.Index, " ");
        }

        return residue;
    }

    private static void ReadAttendanceAndPlace(ParsedMeetingLine meeting, string residue)
    {
        var inPerson = InPerson().IsMatch(residue);
        var online = Online().IsMatch(residue) || Online().IsMatch(meeting.ContactText);
        meeting.Attendance = (inPerson, online) switch
        {
            (true, true) => Attendance.Hybrid,
            (true, false) => Attendance.InPerson,
            (false, true) => Attendance.Online,
            _ => Attendance.Unknown,
        };
        residue = Tidy(Online().Replace(InPerson().Replace(residue, " "), " "));
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

    [GeneratedRegex(@"^future\s+dates\s+for\s+network\s+meetings$", Patterns.Options)]
    private static partial Regex MeetingsMarker();

    [GeneratedRegex(@"^(?<network>[^:]{2,80}?):\s*(?<rest>.*)$", Patterns.Options)]
    private static partial Regex MeetingName();

    [GeneratedRegex(@"^(?<network>.{2,80}?[a-z])(?<rest>(" + LegacyDates.WeekdayPattern + @")\b.*)$", Patterns.Options)]
    private static partial Regex GluedMeetingName();

    [GeneratedRegex(@"(?<phrase>(more\s+(information\s+)?from|contact)\s+(?<who>[^()]+?)(\s*\(contact\s+details\s+below\))?\s*\.?)\s*$", Patterns.Options)]
    private static partial Regex ContactPhrase();

    [GeneratedRegex(@"((?<weekday>" + LegacyDates.WeekdayPattern + @")\s+)?(?<day>\d{1,2})(st|nd|rd|th)?\s+(?<month>" + LegacyDates.MonthPattern + @")(\s+(?<year>\d{2}[\d-]{1,2})(?!\d|[:.]\d|\s*(am|pm)))?", Patterns.Options)]
    private static partial Regex MeetingDate();

    [GeneratedRegex(@"(?<![\d:.])(?<h1>\d{1,2})([:.](?<m1>\d{2}))?\s*(?<ap1>am|pm)?\s*[-–]\s*(?<h2>\d{1,2})([:.](?<m2>\d{2}))?\s*(?<ap2>am|pm)", Patterns.Options)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"(?<![\d:.])(?<h>\d{1,2})([:.](?<m>\d{2}))?\s*(?<ap>am|pm)\b", Patterns.Options)]
    private static partial Regex SingleTime();

    [GeneratedRegex(@"\bin[\s-]person\b", Patterns.Options)]
    private static partial Regex InPerson();

    [GeneratedRegex(@"\b(via\s+(ms\s+)?teams|(ms\s+)?teams|zoom|online|virtual)\b", Patterns.Options)]
    private static partial Regex Online();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\s,.;:–-]+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"[\s,;:–-]+$")]
    private static partial Regex TrailingPunctuation();
}
