using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class LondonClockTests
{
    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2025, 6, 6, 10, 0, 9, 0)] // British Summer Time
    [InlineData(2025, 1, 10, 10, 0, 10, 0)] // Greenwich Mean Time
    [InlineData(2025, 3, 30, 0, 30, 0, 30)] // the morning the clocks go forward, before the change
    [InlineData(2025, 3, 30, 2, 30, 1, 30)] // and after it
    [InlineData(2025, 10, 26, 0, 30, 23, 30)] // the morning the clocks go back, still BST (day before in UTC)
    [InlineData(2025, 10, 26, 2, 0, 2, 0)] // after it, GMT
    public void London_wall_clock_times_become_the_right_UTC_instant_on_both_sides_of_a_clock_change(int year, int month, int day, int hour, int minute, int utcHour, int utcMinute)
    {
        var utc = LondonClock.ToUtcShiftingGap(new DateOnly(year, month, day), new TimeOnly(hour, minute));

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(new TimeOnly(utcHour, utcMinute), TimeOnly.FromDateTime(utc));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_is_read_as_the_same_clock_reading_after_the_change()
    {
        // 01:30 on 30 March 2025 never happened in London; clocks went from 00:59 GMT to 02:00 BST.
        var utc = LondonClock.ToUtcShiftingGap(new DateOnly(2025, 3, 30), new TimeOnly(1, 30));

        Assert.Equal(new DateTime(2025, 3, 30, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_taken_the_first_time()
    {
        // 01:30 on 26 October 2025 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
        var utc = LondonClock.ToUtcShiftingGap(new DateOnly(2025, 10, 26), new TimeOnly(1, 30));

        Assert.Equal(new DateTime(2025, 10, 26, 0, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void Today_is_the_date_in_London_not_in_UTC()
    {
        // 23:30 UTC on 5 June is already 6 June in London (BST).
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 5, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 6, 6), LondonClock.Today(clock));
    }

    [Theory]
    [InlineData("2025-01-10", "09:00", "2025-01-10T09:00:00")]
    [InlineData("2025-06-06", "09:00", "2025-06-06T08:00:00")]
    [InlineData("2025-03-30", "02:00", "2025-03-30T01:00:00")]
    [InlineData("2025-03-30", "00:59", "2025-03-30T00:59:00")]
    [InlineData("2025-10-26", "01:30", "2025-10-26T00:30:00")]
    [InlineData("2025-10-26", "02:00", "2025-10-26T02:00:00")]
    public void London_wall_clock_times_become_the_right_instants_across_clock_changes(string date, string time, string expectedUtc)
    {
        Assert.True(LondonClock.TryToUtcRefusingGap(Date(date), Time(time), out var utc, out _));
        Assert.Equal(DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void The_hour_skipped_when_clocks_go_forward_is_refused()
    {
        Assert.False(LondonClock.TryToUtcRefusingGap(new DateOnly(2025, 3, 30), new TimeOnly(1, 30), out _, out var error));
        Assert.Contains("clocks go forward", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-24", "2025-03-28")]
    [InlineData("2025-03-28", "2025-03-28")]
    [InlineData("2025-03-29", "2025-04-04")]
    public void The_coming_friday_is_today_on_a_friday_else_the_next_one(string today, string friday) =>
        Assert.Equal(Date(friday), LondonClock.ComingFriday(Date(today)));

    // 29 March 2026: at 01:00 GMT the clocks go forward to 02:00 BST, so 01:00–01:59 never happens.
    [Theory]
    [InlineData("01:00")]
    [InlineData("01:30")]
    [InlineData("01:59")]
    public void Scheduling_refuses_every_time_in_the_hour_skipped_on_29_March_2026(string time)
    {
        Assert.False(LondonClock.TryToUtcRefusingGap(Date("2026-03-29"), Time(time), out var utc, out var error));
        Assert.Equal(default, utc);
        Assert.Equal($"{time} does not exist in London on 29 March 2026: the clocks go forward that night. Choose a time after 02:00.", error);
    }

    [Theory]
    [InlineData("00:59", "2026-03-29T00:59:00")]
    [InlineData("02:00", "2026-03-29T01:00:00")]
    [InlineData("02:30", "2026-03-29T01:30:00")]
    public void Scheduling_accepts_the_times_either_side_of_the_gap_on_29_March_2026(string time, string expectedUtc)
    {
        Assert.True(LondonClock.TryToUtcRefusingGap(Date("2026-03-29"), Time(time), out var utc, out var error));
        Assert.Null(error);
        Assert.Equal(DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), utc);
    }

    [Theory]
    [InlineData("01:00", "2026-03-29T01:00:00")] // read as 02:00 BST
    [InlineData("01:30", "2026-03-29T01:30:00")] // read as 02:30 BST
    [InlineData("01:59", "2026-03-29T01:59:00")]
    public void Meetings_in_the_gap_on_29_March_2026_shift_forward_by_the_hour_the_clocks_skip(string time, string expectedUtc)
    {
        var utc = LondonClock.ToUtcShiftingGap(Date("2026-03-29"), Time(time));

        Assert.Equal(DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    // 25 October 2026: at 02:00 BST the clocks go back to 01:00 GMT, so 01:00–01:59 happens twice.
    [Theory]
    [InlineData("00:59", "2026-10-24T23:59:00")]
    [InlineData("01:00", "2026-10-25T00:00:00")]
    [InlineData("01:30", "2026-10-25T00:30:00")]
    [InlineData("01:59", "2026-10-25T00:59:00")]
    [InlineData("02:00", "2026-10-25T02:00:00")]
    public void Both_readings_of_the_repeated_hour_on_25_October_2026_take_the_first_summer_time_one(string time, string expectedUtc)
    {
        var expected = DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture);

        Assert.True(LondonClock.TryToUtcRefusingGap(Date("2026-10-25"), Time(time), out var scheduled, out _));
        Assert.Equal(expected, scheduled);
        Assert.Equal(expected, LondonClock.ToUtcShiftingGap(Date("2026-10-25"), Time(time)));
    }

    [Theory]
    [InlineData("2026-10-25T00:30:00", "2026-10-25T01:30:00")] // first 01:30, BST
    [InlineData("2026-10-25T01:30:00", "2026-10-25T01:30:00")] // second 01:30, GMT
    [InlineData("2026-03-29T00:59:00", "2026-03-29T00:59:00")]
    [InlineData("2026-03-29T01:00:00", "2026-03-29T02:00:00")]
    [InlineData("2026-07-01T12:00:00", "2026-07-01T13:00:00")]
    public void UTC_instants_become_London_wall_clock_times(string utc, string expectedLocal) =>
        Assert.Equal(DateTime.Parse(expectedLocal, CultureInfo.InvariantCulture), LondonClock.ToLocal(DateTime.Parse(utc, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-06-05T23:30:00", "2026-06-06")] // BST: already the next day in London
    [InlineData("2026-12-04T23:30:00", "2026-12-04")] // GMT: the same day
    [InlineData("2026-03-28T23:30:00", "2026-03-28")] // the night the clocks go forward, still GMT
    [InlineData("2026-10-24T23:30:00", "2026-10-25")] // the night the clocks go back, still BST
    public void The_London_date_of_an_instant_follows_the_clock_in_force(string utc, string expected) =>
        Assert.Equal(Date(expected), LondonClock.DateOf(DateTime.Parse(utc, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-29", "00:30", "2026-03-29T00:30+00:00")]
    [InlineData("2026-03-29", "01:30", "2026-03-29T02:30+01:00")]
    [InlineData("2026-10-25", "01:30", "2026-10-25T01:30+01:00")]
    [InlineData("2026-10-25", "02:00", "2026-10-25T02:00+00:00")]
    public void A_meeting_time_carries_the_London_offset_in_force(string date, string time, string expected) =>
        Assert.Equal(expected, LondonClock.ToLondonOffset(Date(date), Time(time)).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(null, null)]
    [InlineData(RepeatedTime.First, "2026-10-25T00:30:00")]
    [InlineData(RepeatedTime.Second, "2026-10-25T01:30:00")]
    public void A_time_that_happens_twice_needs_to_be_told_which_one(RepeatedTime? which, string? expectedUtc)
    {
        var ok = LondonClock.TryToUtc(Date("2026-10-25"), Time("01:30"), which, out var utc, out var error);

        Assert.Equal(expectedUtc is not null, ok);
        Assert.Equal(expectedUtc is null ? default : DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture), utc);
        Assert.Equal(expectedUtc is null ? "01:30 happens twice in London on 25 October 2026: the clocks go back that night. Say which one you mean." : null, error);
        Assert.True(LondonClock.IsRepeated(Date("2026-10-25"), Time("01:30")));
        Assert.False(LondonClock.IsRepeated(Date("2026-10-25"), Time("02:00")));
    }
}
