namespace SESLIP.Newsletter.Web.Domain;

/// <summary>The programme works in UK local time; instants are stored in UTC, meeting dates and times as
/// London wall-clock values because that is how the newsletter states them ("Friday 6 June 10am").
/// Every conversion between the two goes through here and the tz database, so clock changes are right
/// in every year and no two pages can disagree about what day it is.</summary>
public static class LondonClock
{
    /// <summary>The IANA id, also written into calendars as TZID; .NET resolves it on Windows too.</summary>
    public const string TimeZoneId = "Europe/London";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UK calendar date of a UTC instant: a correction made at 23:30 UTC in summer is the next day's.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>Today's date in London: a meeting stays "upcoming" until the end of its own day there.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow().UtcDateTime);

    /// <summary>For scheduling: the UTC instant of a London wall-clock time an editor typed. A time that
    /// does not exist (the hour skipped when clocks go forward) is refused with a message the editor can
    /// act on, because publishing at a guessed time would surprise them; a time that happens twice (when
    /// clocks go back) means the first, summer-time one.</summary>
    public static bool TryToUtcRefusingGap(DateOnly date, TimeOnly time, out DateTime utc, out string? error) =>
        TryToUtc(date, time, RepeatedTime.First, out utc, out error);

    /// <summary>The UTC instant of a London wall-clock time an editor typed, refusing a time the clocks skip
    /// and, unless <paramref name="which"/> says which is meant, a time that happens twice: each refusal is a
    /// message the editor can act on.</summary>
    public static bool TryToUtc(DateOnly date, TimeOnly time, RepeatedTime? which, out DateTime utc, out string? error)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        utc = default;
        if (Zone.IsInvalidTime(local))
        {
            error = $"{time:HH\\:mm} does not exist in London on {date:d MMMM yyyy}: the clocks go forward that night. Choose a time after 02:00.";
            return false;
        }

        if (Zone.IsAmbiguousTime(local))
        {
            if (which is not { } chosen)
            {
                error = $"{time:HH\\:mm} happens twice in London on {date:d MMMM yyyy}: the clocks go back that night. Say which one you mean.";
                return false;
            }

            var offsets = Zone.GetAmbiguousTimeOffsets(local);
            utc = DateTime.SpecifyKind(local - (chosen == RepeatedTime.First ? offsets.Max() : offsets.Min()), DateTimeKind.Utc);
            error = null;
            return true;
        }

        utc = FirstUtc(local);
        error = null;
        return true;
    }

    /// <summary>Whether a London clock reading happens twice that day (the night the clocks go back).</summary>
    public static bool IsRepeated(DateOnly date, TimeOnly time) =>
        Zone.IsAmbiguousTime(date.ToDateTime(time, DateTimeKind.Unspecified));

    /// <summary>How the site names each of the two moments, for the editor to choose from.</summary>
    public static string Describe(RepeatedTime which, TimeOnly time) => which == RepeatedTime.First
        ? $"The first {time:HH\\:mm}, in British Summer Time, before the clocks go back"
        : $"The second {time:HH\\:mm}, in Greenwich Mean Time, an hour later";

    /// <summary>For meetings: the UTC instant of a London wall-clock time. A time in the spring-forward gap
    /// (01:30 on the last Sunday of March never happens) is read as the same clock reading after the change,
    /// as calendar clients do, because the meeting is already announced; a time that happens twice in autumn
    /// is taken the first time, in BST.</summary>
    public static DateTime ToUtcShiftingGap(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.Add(GapLength(local));
        }

        return FirstUtc(local);
    }

    /// <summary>The London offset in force at a meeting's wall-clock time, for <c>&lt;time datetime&gt;</c> values.</summary>
    public static DateTimeOffset ToLondonOffset(DateOnly date, TimeOnly time)
    {
        var utc = ToUtcShiftingGap(date, time);
        return new DateTimeOffset(utc).ToOffset(Zone.GetUtcOffset(utc));
    }

    /// <summary>The Friday an update started today is for: today if it is Friday, else the next one.</summary>
    public static DateOnly ComingFriday(DateOnly today) =>
        today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7);

    private static DateTime FirstUtc(DateTime local)
    {
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private static TimeSpan GapLength(DateTime local) =>
        Zone.GetUtcOffset(local.AddHours(3)) - Zone.GetUtcOffset(local.AddHours(-3));
}
