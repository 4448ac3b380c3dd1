using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Models;

public sealed class NewMeetingModelTests
{
    [Fact]
    public void A_meeting_in_the_hour_the_clocks_skip_is_refused_with_a_message_naming_the_gap()
    {
        var model = new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 3, 29), StartTime = new TimeOnly(1, 30), EndTime = new TimeOnly(3, 0) };

        var (field, message) = Assert.Single(model.Check());

        Assert.Equal(nameof(NewMeetingModel.StartTime), field);
        Assert.Contains("does not exist in London on 29 March 2026", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_time_on_an_ordinary_night_is_accepted() =>
        Assert.Empty(new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 3, 22), StartTime = new TimeOnly(1, 30) }.Check());

    // 25 October 2026: the clocks go back at 02:00 BST, so 01:00–01:59 happens twice.
    [Fact]
    public void A_meeting_at_a_time_that_happens_twice_asks_which_one_is_meant()
    {
        var model = new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 10, 25), StartTime = new TimeOnly(1, 30), EndTime = new TimeOnly(1, 45) };

        var (field, message) = Assert.Single(model.Check());

        Assert.Equal(nameof(NewMeetingModel.RepeatedTime), field);
        Assert.Equal("01:30 happens twice in London on 25 October 2026: the clocks go back that night. Say which one you mean.", message);
        Assert.Equal([new TimeOnly(1, 30), new TimeOnly(1, 45)], model.RepeatedTimes());
    }

    [Fact]
    public void The_first_of_the_two_is_accepted_once_chosen() =>
        Assert.Empty(new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 10, 25), StartTime = new TimeOnly(1, 30), RepeatedTime = RepeatedTime.First }.Check());

    [Fact]
    public void The_second_of_the_two_is_refused_with_what_to_do_instead()
    {
        var model = new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 10, 25), StartTime = new TimeOnly(1, 30), RepeatedTime = RepeatedTime.Second };

        var (field, message) = Assert.Single(model.Check());

        Assert.Equal(nameof(NewMeetingModel.RepeatedTime), field);
        Assert.Contains("give the time in the note", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_time_on_the_night_the_clocks_go_back_asks_nothing() =>
        Assert.Empty(new NewMeetingModel { NetworkId = 1, Date = new DateOnly(2026, 10, 25), StartTime = new TimeOnly(10, 0) }.Check());
}
