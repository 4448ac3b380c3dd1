namespace SESLIP.Newsletter.Web.Domain;

/// <summary>One date as written in editor text (<see cref="TextDates"/>): the words, and the parts they give.</summary>
public sealed record TextDate(string Said, DayOfWeek? Weekday, int Day, int Month, int? Year)
{
    /// <summary>The date in <paramref name="year"/> (the one written wins); null when that month has no such day.</summary>
    public DateOnly? Resolve(int year)
    {
        var y = Year ?? year;
        return Day >= 1 && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;
    }
}
