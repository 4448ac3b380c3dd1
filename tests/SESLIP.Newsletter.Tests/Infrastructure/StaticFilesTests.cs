using System.IO.Compression;
using System.Net;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>CSS goes out precompressed when the browser accepts it, under a content-hashed name kept for a year.</summary>
public sealed class StaticFilesTests(ArrangedSite site) : IClassFixture<ArrangedSite>
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task The_stylesheet_is_sent_compressed_as_the_browser_asks(string accept, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var plain = await site.Client.GetAsync("/css/site.css");
        var original = await plain.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 3 < original.Length,
            $"{compressed.Length} bytes compressed is not much smaller than the plain file's {original.Length}.");
        using var decoder = encoding == "br"
            ? (Stream)new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(original, decoded.ToArray());
    }

    [Fact]
    public async Task Without_accept_encoding_the_stylesheet_is_sent_as_it_is()
    {
        using var response = await site.Client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("SESLIP Friday Update", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
