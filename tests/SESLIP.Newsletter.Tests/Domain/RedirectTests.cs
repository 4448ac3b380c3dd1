using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class RedirectTests
{
    [Theory]
    [InlineData("/about-us/", "/about-us")]
    [InlineData("/About-Us", "/about-us")]
    [InlineData(" /about-us// ", "/about-us")]
    [InlineData("/?p=8851", "/?p=8851")]
    [InlineData("/?P=08851", "/?p=8851")]
    [InlineData("/?page_id=12", "/?page_id=12")]
    [InlineData("https://www.seslip.co.uk/about-us/", "/about-us")]
    [InlineData("http://seslip.co.uk/?p=8851", "/?p=8851")]
    [InlineData("/caf%C3%A9/", "/café")]
    public void Old_addresses_are_kept_in_one_normal_form(string input, string key)
    {
        Assert.Null(Redirect.TryNormaliseOldPath(input, out var normal));
        Assert.Equal(key, normal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("about-us")]
    [InlineData("//evil.example/")]
    [InlineData("/about\\us")]
    [InlineData("/")]
    [InlineData("/search?s=news")]
    [InlineData("/a\u0007b")]
    public void Impossible_old_addresses_are_refused_with_a_reason(string input)
    {
        Assert.NotNull(Redirect.TryNormaliseOldPath(input, out var key));
        Assert.Equal("", key);
    }

    [Theory]
    [InlineData("/updates/499")]
    [InlineData("/networks/qa-network#meetings")]
    [InlineData("/updates?page=2")]
    public void Local_paths_are_accepted_as_targets(string target)
    {
        Assert.Null(Redirect.CheckNewPath(target, out var path));
        Assert.Equal(target, path);
    }

    [Theory]
    [InlineData("https://evil.example/", "full address")]
    [InlineData("//evil.example/", "another site")]
    [InlineData("/\\evil.example/", "backslash")]
    [InlineData("\\\\evil.example", "backslash")]
    [InlineData("javascript:alert(1)", "full address")]
    [InlineData("/updates/\r\nSet-Cookie: x=1", "control character")]
    [InlineData("/up dates", "space")]
    [InlineData("updates/499", "does not start with /")]
    [InlineData("", "Enter the new address")]
    public void Targets_off_the_site_are_refused_with_a_reason(string target, string reason)
    {
        var problem = Redirect.CheckNewPath(target, out var path);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Equal("", path);
    }
}
