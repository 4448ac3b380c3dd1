using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Calendars;

/// <summary>Meeting dates and times are stored as Europe/London wall-clock values, because that is how
/// the newsletter states them ("Friday 6 June 10am"). This turns them into instants.</summary>
public static class MeetingTime
{
    /// <summary>The IANA id written into calendars as TZID; .NET resolves it on Windows too.</summary>
    public const string TimeZoneId = "Europe/London";

    /// <summary>The site's one London zone (<see cref="LondonTime.Zone"/>).</summary>
    public static TimeZoneInfo London => LondonTime.Zone;

    /// <summary>The UTC instant of a London wall-clock time. A time that falls in the spring-forward gap
    /// (01:30 on the last Sunday of March never happens) is read as the same clock reading after the
    /// change, as calendar clients do; a time that happens twice in autumn is taken the first time, in BST.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(local))
        {
            local = local.Add(GapLength(local));
        }

        if (London.IsAmbiguousTime(local))
        {
            var summerOffset = London.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, summerOffset).UtcDateTime;
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, London);
    }

    /// <summary>The London offset in force at a wall-clock time, for <c>&lt;time datetime&gt;</c> values.</summary>
    public static DateTimeOffset ToLondonOffset(DateOnly date, TimeOnly time)
    {
        var utc = ToUtc(date, time);
        return new DateTimeOffset(utc).ToOffset(London.GetUtcOffset(utc));
    }

    /// <summary>Today's date in London: a meeting stays "upcoming" until the end of its own day there.</summary>
    public static DateOnly Today(TimeProvider clock) => LondonTime.Today(clock);

    private static TimeSpan GapLength(DateTime local)
    {
        var before = London.GetUtcOffset(local.AddHours(-3));
        var after = London.GetUtcOffset(local.AddHours(3));
        return after - before;
    }
}
