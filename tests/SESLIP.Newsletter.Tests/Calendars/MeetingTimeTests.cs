using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Calendars;

namespace SESLIP.Newsletter.Tests.Calendars;

public sealed class MeetingTimeTests
{
    [Theory]
    [InlineData(2025, 6, 6, 10, 0, 9, 0)] // British Summer Time
    [InlineData(2025, 1, 10, 10, 0, 10, 0)] // Greenwich Mean Time
    [InlineData(2025, 3, 30, 0, 30, 0, 30)] // the morning the clocks go forward, before the change
    [InlineData(2025, 3, 30, 2, 30, 1, 30)] // and after it
    [InlineData(2025, 10, 26, 0, 30, 23, 30)] // the morning the clocks go back, still BST (day before in UTC)
    [InlineData(2025, 10, 26, 2, 0, 2, 0)] // after it, GMT
    public void London_wall_clock_times_become_the_right_UTC_instant_on_both_sides_of_a_clock_change(int year, int month, int day, int hour, int minute, int utcHour, int utcMinute)
    {
        var utc = MeetingTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, minute));

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(new TimeOnly(utcHour, utcMinute), TimeOnly.FromDateTime(utc));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_is_read_as_the_same_clock_reading_after_the_change()
    {
        // 01:30 on 30 March 2025 never happened in London; clocks went from 00:59 GMT to 02:00 BST.
        var utc = MeetingTime.ToUtc(new DateOnly(2025, 3, 30), new TimeOnly(1, 30));

        Assert.Equal(new DateTime(2025, 3, 30, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_taken_the_first_time()
    {
        // 01:30 on 26 October 2025 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
        var utc = MeetingTime.ToUtc(new DateOnly(2025, 10, 26), new TimeOnly(1, 30));

        Assert.Equal(new DateTime(2025, 10, 26, 0, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void Today_is_the_date_in_London_not_in_UTC()
    {
        // 23:30 UTC on 5 June is already 6 June in London (BST).
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 5, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 6, 6), MeetingTime.Today(clock));
    }
}
