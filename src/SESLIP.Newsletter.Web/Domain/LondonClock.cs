namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>The programme works in UK local time; instants are stored in UTC. Conversions go
/// through the tz database so clock changes are right in every year.</summary>
public static class LondonTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(Calendars.MeetingTime.TimeZoneId);

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));

    /// <summary>The UTC instant of a London wall-clock time. A time that does not exist (the hour
    /// skipped when clocks go forward) is refused; a time that happens twice (when clocks go back)
    /// means the first, summer-time one.</summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, out DateTime utc, out string? error)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            utc = default;
            error = $"{time:HH\\:mm} does not exist in London on {date:d MMMM yyyy}: the clocks go forward that night. Choose a time after 02:00.";
            return false;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        utc = DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        error = null;
        return true;
    }

    /// <summary>The Friday an update started today is for: today if it is Friday, else the next one.</summary>
    public static DateOnly ComingFriday(DateOnly today) =>
        today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7);
}
