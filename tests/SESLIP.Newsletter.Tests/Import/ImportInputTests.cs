using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Import.Fixtures;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

/// <summary>Files the importer questions before reading: too big, not text, not UTF-8.</summary>
public sealed class ImportInputTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private readonly string _folder = Directory.CreateTempSubdirectory("import-input-").FullName;

    public Task InitializeAsync() => DatabaseSetup.MigrateAsync(_factory.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<ImportResult> ImportBytesAsync(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllBytesAsync(path, bytes);
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportFileAsync(path);
    }

    private async Task<int> UpdatesAsync()
    {
        await using var db = _factory.CreateDbContext();
        return await db.Updates.CountAsync();
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit()
    {
        var text = ArchiveFixtures.Read(ArchiveFixtures.LayoutE) + new string('x', (int)ImportInput.MaxBytes);
        var result = await ImportBytesAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("limit is 2 MB", result.Summary, StringComparison.Ordinal);
        Assert.Equal(0, await UpdatesAsync());
    }

    [Fact]
    public async Task Refuses_a_file_with_nul_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(ArchiveFixtures.Read(ArchiveFixtures.LayoutE)).Append((byte)0).ToArray();
        var result = await ImportBytesAsync(bytes);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("NUL", result.Summary, StringComparison.Ordinal);
        Assert.Equal(0, await UpdatesAsync());
    }

    [Fact]
    public async Task Refuses_a_file_that_is_not_mostly_words()
    {
        var bytes = Encoding.UTF8.GetBytes("Update no 700 1st December 2025\n\n" + new string(Enumerable.Range(0, 2000).Select(i => (char)(0xE000 + (i % 500))).ToArray()));
        var result = await ImportBytesAsync(bytes);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("not mostly readable words", result.Summary, StringComparison.Ordinal);
        Assert.Equal(0, await UpdatesAsync());
    }

    [Fact]
    public async Task Reads_a_windows_1252_file_and_removes_control_characters()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = ArchiveFixtures.Read(ArchiveFixtures.LayoutE).Replace("Further detail is here", "Further\u0001 detail is here", StringComparison.Ordinal);
        var result = await ImportBytesAsync(Encoding.GetEncoding(1252).GetBytes(text));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Contains("Windows-1252", result.Summary, StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        var titles = await db.UpdateItems.OrderBy(i => i.Position).Select(i => i.Title).ToListAsync();
        Assert.Equal("Secure children’s homes: new capacity", titles[0]);
        var headlines = await db.UpdateItems.Select(i => i.Headlines).FirstAsync();
        Assert.Contains("Further detail is here", headlines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_a_repeated_number_as_already_imported()
    {
        var bytes = Encoding.UTF8.GetBytes(ArchiveFixtures.Read(ArchiveFixtures.LayoutD));
        Assert.Equal(ImportOutcome.Imported, (await ImportBytesAsync(bytes)).Outcome);

        var again = await ImportBytesAsync(bytes);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Contains("already", again.Summary, StringComparison.Ordinal);
        Assert.Equal(1, await UpdatesAsync());
    }
}
