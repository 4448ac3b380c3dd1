using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Makes every database connection fail once <see cref="Fail"/> is set, as when the server is down.</summary>
internal sealed class FailingDatabase : DbConnectionInterceptor
{
    public bool Fail { get; set; }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Fail ? throw new InvalidOperationException("The database is unavailable (test).") : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Fail ? throw new InvalidOperationException("The database is unavailable (test).") : ValueTask.FromResult(result);
}
