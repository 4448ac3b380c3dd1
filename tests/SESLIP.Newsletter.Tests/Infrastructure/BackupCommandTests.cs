using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary><c>backup</c> while writes keep coming: the copy is whole, passes its integrity check and holds
/// every write acknowledged before the backup began, including those still only in the WAL file.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_backup_during_writes_holds_every_acknowledged_write_and_passes_its_check()
    {
        _ = _factory.Services;
        var acknowledged = new List<long>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested && i < 5000; i++)
            {
                using var db = _factory.CreateDbContext();
                var entry = new AuditEntry { AtUtc = DateTime.UtcNow, UserName = "writer", Action = "Created", EntityType = "Test", EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Summary = $"write {i}" };
                db.AuditEntries.Add(entry);
                await db.SaveChangesAsync();
                lock (acknowledged)
                {
                    acknowledged.Add(entry.Id);
                }
            }
        });

        // Let some writes land (and sit in the WAL) before and during the backup.
        while (true)
        {
            lock (acknowledged)
            {
                if (acknowledged.Count >= 50)
                {
                    break;
                }
            }

            await Task.Delay(20);
        }

        List<long> before;
        lock (acknowledged)
        {
            before = [.. acknowledged];
        }

        var file = Path.Combine(_factory.DataDirectory, "backups", "copy.db");
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.ExecuteAsync(_factory.Services, new CommandInvocation("backup", [file], []), output, error);
        await stop.CancelAsync();
        await writer;

        Assert.True(exit == ExitCodes.Success, error.ToString());
        Assert.Contains("integrity ok", output.ToString(), StringComparison.Ordinal);
        await using var copy = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        await using var command = copy.CreateCommand();
        command.CommandText = "SELECT Id FROM AuditEntries WHERE UserName = 'writer'";
        var found = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found.Add(reader.GetInt64(0));
            }
        }

        Assert.All(before, id => Assert.Contains(id, found));

        var again = await CommandLine.ExecuteAsync(_factory.Services, new CommandInvocation("backup", [file], []), new StringWriter(), error);
        Assert.Equal(ExitCodes.Failed, again);
        Assert.Contains("already exists", error.ToString(), StringComparison.Ordinal);
    }
}
