using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Models;

namespace SESLIP.Newsletter.Web.Controllers;

/// <summary>Where the status-code and exception middleware re-execute to. No HTTP method attribute: a failed
/// POST is re-executed as a POST and must still get its page. The exception itself is already logged by the
/// exception handler middleware, with the request's trace id shown here as the reference.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // A re-executed POST already had its token checked (or failed) where it was sent.
public sealed class ErrorController : Controller
{
    [Route("error/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        if (statusCode is < 400 or > 599)
        {
            statusCode = StatusCodes.Status404NotFound;
        }

        if (statusCode == StatusCodes.Status500InternalServerError
            && DatabaseUnavailable.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            statusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Response.StatusCode = statusCode;
        var reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (!WantsHtml(Request))
        {
            return Problem(statusCode: statusCode, extensions: null);
        }

        var page = new ErrorPage(statusCode, reference);
        return statusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound", page),
            >= 500 => View("ServerError", page),
            _ => View("StatusCode", page),
        };
    }

    private static bool WantsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return true;
        }

        return accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("*/*", StringComparison.Ordinal))
            || !accept.Any(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);
    }
}
