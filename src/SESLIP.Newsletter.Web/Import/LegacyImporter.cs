using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>Brings plain-text Friday Updates (both layouts) into the database, one transaction per file.</summary>
public sealed class LegacyImporter(NewsletterDbContext db, ILogger<LegacyImporter> logger)
{
    public Task<ImportResult> ImportTextAsync(string text, string source, CancellationToken cancellationToken = default)
    {
        _ = db;
        _ = logger;
        _ = text;
        _ = cancellationToken;
        return Task.FromResult(new ImportResult(source, ImportOutcome.Failed, null, "not yet", []));
    }

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return await ImportTextAsync(text, path, cancellationToken);
    }
}
