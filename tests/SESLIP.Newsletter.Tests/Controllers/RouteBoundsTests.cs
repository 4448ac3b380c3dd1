using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>Numbers and dates in addresses are range-checked into a message: no value a person can type makes
/// arithmetic overflow into a 500.</summary>
public sealed class RouteBoundsTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    private static readonly string[] ExtremeValues =
    [
        "0", "-1", "1899", "1900", "9998", "9999", "10000", "2147483647", "2147483648", "-2147483648",
        "99999999999999999999", "1e9", "%00", "%0B", "%EF%BF%BF", "%20", "0x10",
    ];

    public static TheoryData<string> Routes =>
    [
        "/publications?year={0}", "/publications?page={0}", "/publications?year={0}&page={0}",
        "/meetings/past?page={0}", "/updates/{0}", "/meetings/{0}.ics", "/error/{0}",
        "/networks/{0}", "/networks/{0}.ics", "/contacts/{0}", "/contacts/{0}.vcf", "/publications/{0}",
    ];

    [Fact]
    public async Task A_year_at_the_end_of_the_calendar_gets_a_message_not_a_500()
    {
        var response = await site.Client.GetAsync("/publications?year=9999");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“9999” is not a year", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_route_answers_every_extreme_value_without_a_server_error(string route)
    {
        var failures = new List<string>();
        // A NUL in the path never reaches the site: Kestrel refuses it with 400 and the test host throws.
        foreach (var value in ExtremeValues.Where(v => route.Contains('?', StringComparison.Ordinal) || v != "%00"))
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, value);
            var response = await site.Client.GetAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }
}
