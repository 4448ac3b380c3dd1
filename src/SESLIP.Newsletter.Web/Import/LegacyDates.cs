namespace SESLIP.Newsletter.Web.Import;

/// <summary>Dates as the newsletter writes them: "21st March 2025", "7 March", "Friday 6 June".</summary>
internal static class LegacyDates
{
    public const string MonthPattern = "January|February|March|April|May|June|July|August|September|October|November|December";
    public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // Names are read by the one reading of dates in text, shared with the editor's checks and deadlines.
    public static int Month(string name) => Domain.TextDates.Month(name);

    public static DayOfWeek Weekday(string name) => Domain.TextDates.Weekday(name);

    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A past date without a year (a publication): the issue's year, or the year before
    /// when that would fall after the issue's own date.</summary>
    public static DateOnly? InferPast(int month, int day, DateOnly issueDate)
    {
        if (TryCreate(issueDate.Year, month, day, out var date) && date <= issueDate)
        {
            return date;
        }

        return TryCreate(issueDate.Year - 1, month, day, out date) ? date : null;
    }

    /// <summary>A coming date without a year (a meeting): the issue's year, or the next year when the
    /// weekday given only fits that, or the date is well before the issue.</summary>
    public static DateOnly? InferFuture(int month, int day, DayOfWeek? weekday, DateOnly issueDate)
    {
        DateOnly? fallback = null;
        foreach (var year in new[] { issueDate.Year, issueDate.Year + 1 })
        {
            if (!TryCreate(year, month, day, out var date))
            {
                continue;
            }

            if (weekday is { } wd)
            {
                if (date.DayOfWeek == wd)
                {
                    return date;
                }

                fallback ??= date;
            }
            else if (date >= issueDate.AddMonths(-1))
            {
                return date;
            }
        }

        return fallback ?? (TryCreate(issueDate.Year + 1, month, day, out var next) ? next : null);
    }
}
