using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Counts the SQL a piece of work sends, per context: a request or an import file uses its own
/// context, so background work that runs meanwhile (the scheduler's poll, say) cannot change the figure. Contexts
/// are pooled (docs/adr/0042-pooled-contexts.md), so one instance serves a request and then the scheduler: each
/// lease of it from the pool (its <see cref="Microsoft.EntityFrameworkCore.DbContextId"/>) counts apart.
/// Register it with <c>ConfigureServices = s => s.AddSingleton&lt;IInterceptor&gt;(counter)</c>.</summary>
public sealed partial class SqlCommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<object, (int Commands, int Statements)> _byContext = new();

    /// <summary>Round trips to the database by the busiest context since <see cref="Reset"/>.</summary>
    public int Commands => _byContext.Values.Select(c => c.Commands).DefaultIfEmpty(0).Max();

    /// <summary>SQL statements by the busiest context: EF batches many UPDATEs into one command, and a change
    /// that rewrote every row would show here, not in <see cref="Commands"/>.</summary>
    public int Statements => _byContext.Values.Select(c => c.Statements).DefaultIfEmpty(0).Max();

    public void Reset() => _byContext.Clear();

    private void Add(DbCommand command, CommandEventData eventData)
    {
        var statements = Math.Max(1, Statement().Count(command.CommandText));
        _byContext.AddOrUpdate((object?)eventData.Context?.ContextId ?? this, _ => (1, statements), (_, n) => (n.Commands + 1, n.Statements + statements));
    }

    [GeneratedRegex(@"\b(SELECT|UPDATE|INSERT|DELETE)\b")]
    private static partial Regex Statement();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Add(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(command, eventData);
        return ValueTask.FromResult(result);
    }
}
