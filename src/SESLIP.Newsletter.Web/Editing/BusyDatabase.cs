namespace SESLIP.Newsletter.Web.Editing;

/// <summary>What an editor is told when a save met a database busy with someone else's long write: the page
/// comes back with their text, as 503 with Retry-After, so nothing is lost and a retry is likely to work.</summary>
public static class BusyDatabase
{
    public const int RetryAfterSeconds = 5;

    public const string Message = "The database is busy with another change, so nothing was saved. Your text is below: wait a few seconds and save again.";

    public static void Mark(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
