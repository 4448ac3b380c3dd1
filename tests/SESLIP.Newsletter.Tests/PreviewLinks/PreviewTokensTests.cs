using SESLIP.Newsletter.Web.PreviewLinks;

namespace SESLIP.Newsletter.Tests.PreviewLinks;

public sealed class PreviewTokensTests
{
    [Fact]
    public void A_token_is_url_safe_and_differs_from_its_hash_which_it_reproduces()
    {
        var (token, hash) = PreviewTokens.Create();
        Assert.Equal(PreviewTokens.Length, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.True(PreviewTokens.TryHash(token, out var again));
        Assert.Equal(hash, again);
        Assert.NotEqual(token, hash);
        Assert.NotEqual(token, PreviewTokens.Create().Token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_that_cannot_be_a_token_is_refused_before_the_database(string? token) =>
        Assert.False(PreviewTokens.TryHash(token, out _));
}
