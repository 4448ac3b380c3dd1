using System.IO.Compression;
using System.Net;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Public pages are compressed for browsers that accept it; sign-in and editor pages never are.</summary>
public sealed class PageCompressionTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Fact]
    public async Task An_update_page_is_sent_brotli_compressed_and_reads_the_same()
    {
        using var plain = await site.Client.GetAsync("/updates/101");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/updates/101");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var decoder = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        var original = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(original, decoded.ToArray());
        Assert.True(compressed.Length * 3 < original.Length, $"{compressed.Length} bytes against {original.Length}.");
    }

    [Fact]
    public async Task The_sign_in_page_is_never_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
