using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class DatesTests
{
    private static readonly DateOnly Issue = new(2025, 3, 21);

    [Fact]
    public void Dates_read_in_the_newsletters_own_style()
    {
        Assert.Equal("Friday 21 March 2025", Dates.WithWeekday(Issue));
        Assert.Equal("21 March 2025", Dates.DayMonthYear(Issue));
        Assert.Equal("21 March", Dates.DayMonth(Issue));
        Assert.Equal("March 2025", Dates.MonthYear(Issue));
        Assert.Equal("2025-03-21", Dates.Iso(Issue));
    }

    [Fact]
    public void Meetings_and_pages_write_the_same_date_the_same_way() =>
        Assert.Equal(Dates.WithWeekday(Issue), MeetingWording.Date(Issue));
}
