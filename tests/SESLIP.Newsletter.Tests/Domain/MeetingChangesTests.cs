using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class MeetingChangesTests
{
    private static readonly Dictionary<string, string> LastWeek = new(StringComparer.Ordinal)
    {
        ["AD Safeguarding"] = "Friday 6 June 2025, 10am, in person, Central London",
        ["Kinship"] = "",
        ["Adoption"] = "Cancelled: Monday 9 June 2025, 2pm, online",
    };

    [Theory]
    [InlineData("AD Safeguarding", "Friday 6 June 2025, 10am, in person, Central London", MeetingChange.None)]
    [InlineData("AD Safeguarding", "Friday 13 June 2025, 10am, in person, Central London", MeetingChange.Moved)]
    [InlineData("AD Safeguarding", "Cancelled: Friday 6 June 2025, 10am, in person, Central London", MeetingChange.Cancelled)]
    [InlineData("Kinship", "Tuesday 10 June 2025, 11am, online", MeetingChange.New)]
    [InlineData("Kinship", "", MeetingChange.None)]
    [InlineData("Adoption", "Cancelled: Monday 9 June 2025, 2pm, online", MeetingChange.None)]
    [InlineData("Principal social workers", "Wednesday 11 June 2025", MeetingChange.New)]
    public void A_line_is_marked_by_what_changed_since_last_week(string network, string details, MeetingChange expected) =>
        Assert.Equal(expected, MeetingChanges.Of(network, details, LastWeek));

    [Fact]
    public void Without_a_previous_update_nothing_is_marked() =>
        Assert.Equal(MeetingChange.None, MeetingChanges.Of("AD Safeguarding", "Friday 6 June 2025", null));
}
