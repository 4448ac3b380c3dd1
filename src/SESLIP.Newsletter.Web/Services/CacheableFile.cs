using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace SESLIP.Newsletter.Web.Services;

/// <summary>Calendar and vCard responses. Calendar clients poll subscribed feeds for ever, so each response
/// carries an ETag computed from its bytes: an unchanged feed costs a 304 and no body.</summary>
public static class CacheableFile
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    /// <param name="fileName">The name a saved copy gets.</param>
    /// <param name="download">True to offer the file as a download (one meeting's .ics, a vCard); false for a
    /// feed that subscribing clients read in place.</param>
    public static FileContentResult Create(HttpResponse response, string text, string contentType, string fileName, bool download)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
        response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
        response.Headers.XContentTypeOptions = "nosniff";
        var result = new FileContentResult(bytes, contentType)
        {
            EntityTag = new EntityTagHeaderValue($"\"{hash}\""),
            EnableRangeProcessing = false,
        };

        if (download)
        {
            result.FileDownloadName = fileName;
        }
        else
        {
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(fileName);
            response.Headers.ContentDisposition = disposition.ToString();
        }

        return result;
    }
}
