using SESLIP.Newsletter.Web.Areas.Editor.Models;

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
}
