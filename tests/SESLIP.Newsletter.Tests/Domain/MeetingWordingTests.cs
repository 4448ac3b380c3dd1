using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class MeetingWordingTests
{
    [Fact]
    public void Dates_read_with_the_weekday_and_months_with_the_year() =>
        Assert.Equal(("Friday 6 June 2025", "June 2025"), (MeetingWording.Date(new DateOnly(2025, 6, 6)), MeetingWording.Month(new DateOnly(2025, 6, 6))));

    [Theory]
    [InlineData(10, 0, null, null, "10am")]
    [InlineData(10, 30, null, null, "10:30am")]
    [InlineData(12, 0, 14, 0, "12pm to 2pm")]
    [InlineData(0, 0, null, null, "12am")]
    [InlineData(9, 15, 12, 45, "9:15am to 12:45pm")]
    [InlineData(14, 0, 14, 0, "2pm")] // an end that is not after the start is left out
    public void Listed_times_read_as_the_newsletter_writes_them(int hour, int minute, int? endHour, int? endMinute, string expected)
    {
        TimeOnly? end = endHour is { } h ? new TimeOnly(h, endMinute!.Value) : null;

        Assert.Equal(expected, MeetingWording.Time(new TimeOnly(hour, minute), end));
    }

    [Fact]
    public void A_time_range_in_an_update_line_uses_a_dash() =>
        Assert.Equal("10am–12pm", MeetingWording.Time(new TimeOnly(10, 0), new TimeOnly(12, 0), MeetingPhrasing.Line));

    [Fact]
    public void No_start_time_means_no_time() =>
        Assert.Equal("", MeetingWording.Time(null, new TimeOnly(12, 0)));

    [Theory]
    [InlineData(Attendance.InPerson, "Central London", "In person, Central London", "in person, Central London")]
    [InlineData(Attendance.InPerson, "", "In person", "in person")]
    [InlineData(Attendance.Online, "Teams", "Online (Teams)", "via Teams, Teams")]
    [InlineData(Attendance.Online, "", "Online", "via Teams")]
    [InlineData(Attendance.Hybrid, "Guildford", "In person, Guildford, or online", "hybrid, Guildford")]
    [InlineData(Attendance.Hybrid, "", "In person or online", "hybrid")]
    [InlineData(Attendance.Unknown, "Croydon", "Croydon", "Croydon")]
    [InlineData(Attendance.Unknown, "", "", "")]
    public void Where_a_meeting_is_reads_one_way_in_listings_and_another_in_update_lines(Attendance attendance, string place, string listing, string line)
    {
        Assert.Equal(listing, MeetingWording.Where(attendance, place));
        Assert.Equal(line, MeetingWording.Where(attendance, place, MeetingPhrasing.Line));
    }

    [Fact]
    public void An_update_line_runs_date_time_place_and_note_together()
    {
        var meeting = new Meeting
        {
            Date = new DateOnly(2099, 6, 5),
            StartTime = new TimeOnly(10, 0),
            EndTime = new TimeOnly(12, 30),
            Attendance = Attendance.InPerson,
            Place = "Central London",
            Note = "bring the agenda",
        };

        Assert.Equal("Friday 5 June 2099, 10am–12:30pm, in person, Central London, bring the agenda", MeetingWording.Line(meeting));
    }

    [Fact]
    public void An_update_line_leaves_out_what_is_not_known_and_says_when_a_meeting_is_cancelled()
    {
        var meeting = new Meeting { Date = new DateOnly(2025, 3, 26), Attendance = Attendance.Online, IsCancelled = true };

        Assert.Equal("Cancelled: Wednesday 26 March 2025, via Teams", MeetingWording.Line(meeting));
    }

    [Fact]
    public void An_update_line_without_a_date_is_just_the_note() =>
        Assert.Equal("Dates for 2026 to follow", MeetingWording.Line(new Meeting { Note = "Dates for 2026 to follow", Attendance = Attendance.InPerson }));
}
