using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

public sealed class LondonTimeTests
{
    [Theory]
    [InlineData("2025-01-10", "09:00", "2025-01-10T09:00:00")]
    [InlineData("2025-06-06", "09:00", "2025-06-06T08:00:00")]
    [InlineData("2025-03-30", "02:00", "2025-03-30T01:00:00")]
    [InlineData("2025-03-30", "00:59", "2025-03-30T00:59:00")]
    [InlineData("2025-10-26", "01:30", "2025-10-26T00:30:00")]
    [InlineData("2025-10-26", "02:00", "2025-10-26T02:00:00")]
    public void London_wall_clock_times_become_the_right_instants_across_clock_changes(string date, string time, string expectedUtc)
    {
        Assert.True(LondonTime.TryToUtc(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), out var utc, out _));
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void The_hour_skipped_when_clocks_go_forward_is_refused()
    {
        Assert.False(LondonTime.TryToUtc(new DateOnly(2025, 3, 30), new TimeOnly(1, 30), out _, out var error));
        Assert.Contains("clocks go forward", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-24", "2025-03-28")]
    [InlineData("2025-03-28", "2025-03-28")]
    [InlineData("2025-03-29", "2025-04-04")]
    public void The_coming_friday_is_today_on_a_friday_else_the_next_one(string today, string friday) =>
        Assert.Equal(DateOnly.Parse(friday, System.Globalization.CultureInfo.InvariantCulture), LondonTime.ComingFriday(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
