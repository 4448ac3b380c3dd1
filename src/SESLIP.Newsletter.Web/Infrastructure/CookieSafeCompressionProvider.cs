using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>A response that sets a cookie is never compressed: the cookie marks it as one person's response,
/// and compressing secrets beside text a visitor can choose is what BREACH reads.</summary>
public sealed class CookieSafeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !context.Response.Headers.ContainsKey(HeaderNames.SetCookie) && base.ShouldCompressResponse(context);
}
