using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>Which failures mean "the database cannot answer just now" (503 with Retry-After) rather than a
/// fault in the site (500): a file that cannot be opened or has lost its tables, a busy or locked database,
/// a transient server error or a timeout.</summary>
public static class DatabaseUnavailable
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 11 or 14 or 26
                    || (sqlite.SqliteErrorCode == 1 && sqlite.Message.Contains("no such table", StringComparison.Ordinal)):
                    // Pooled connections keep the old file open; dropping them lets the next request see the
                    // database once it is back, without a restart.
                    SqliteConnection.ClearAllPools();
                    return true;
                case DbException { IsTransient: true }:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
