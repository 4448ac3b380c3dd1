using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class MeetingUidTests
{
    [Fact]
    public void A_new_uid_is_a_32_digit_hex_id_at_the_newsletters_domain()
    {
        var uid = MeetingUid.New();

        Assert.Matches("^[0-9a-f]{32}@friday-update\\.seslip$", uid);
    }

    [Fact]
    public void Every_new_uid_is_different() =>
        Assert.Equal(100, Enumerable.Range(0, 100).Select(_ => MeetingUid.New()).Distinct(StringComparer.Ordinal).Count());
}
