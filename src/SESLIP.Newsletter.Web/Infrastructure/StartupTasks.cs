using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Web.Infrastructure;

public static partial class StartupTasks
{
    /// <summary>Brings the schema up to date when <c>Database:MigrateOnStartup</c> is set (production may
    /// migrate separately from a deployment step instead).</summary>
    public static async Task MigrateIfConfiguredAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
        {
            await DatabaseSetup.MigrateAsync(app.Services, cancellationToken);
        }
    }

    /// <summary>With <c>Newsletter:LoadDemoContent</c> and no updates yet, imports the two published issues
    /// the site ships with, so a first run shows a real newsletter rather than an empty page.</summary>
    public static async Task LoadDemoContentIfEmptyAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (!app.Configuration.GetValue<bool>("Newsletter:LoadDemoContent"))
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
            if (await db.Updates.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        foreach (var name in DemoContent.Names)
        {
            // One scope per file: the importer's change tracker starts empty for each issue.
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
            var result = await importer.ImportTextAsync(DemoContent.Read(name), name, cancellationToken);
            DemoContentImported(logger, result.Source, result.Outcome, result.UpdateNumber, result.Summary, result.Notes.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo content {Source}: {Outcome}, update {UpdateNumber}: {Summary} ({NoteCount} notes)")]
    private static partial void DemoContentImported(ILogger logger, string source, ImportOutcome outcome, int? updateNumber, string summary, int noteCount);
}
