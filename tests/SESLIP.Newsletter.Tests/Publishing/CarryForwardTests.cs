using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

public sealed class CarryForwardTests
{
    [Theory]
    [InlineData("2025-03-24", null, "2025-03-28")]
    [InlineData("2025-03-28", null, "2025-03-28")]
    [InlineData("2025-03-29", null, "2025-04-04")]
    [InlineData("2025-03-24", "2025-03-21", "2025-03-28")]
    [InlineData("2025-03-24", "2025-03-28", "2025-04-04")]
    [InlineData("2025-03-24", "2025-04-04", "2025-04-11")]
    public void The_next_update_is_for_the_coming_Friday_unless_an_update_already_has_it(string today, string? latest, string expected)
    {
        var next = CarryForward.NextIssueDate(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            latest is null ? null : DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
