using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SESLIP.Newsletter.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the site (or a command) starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long a SQLite write waits for another writer's lock before the save is refused as
    /// "busy" (docs/adr/0023-per-part-versions.md). Used unless the connection string sets Default Timeout.</summary>
    public int BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>A SQLite migration lock older than this was left by a start that died while migrating, and is
    /// released at start-up (docs/adr/0024-stale-migration-lock.md).</summary>
    public double StaleMigrationLockMinutes { get; set; } = 5;
}

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Newsletter";

    /// <summary>Registers <see cref="NewsletterDbContext"/> on the configured provider
    /// (<c>Database:Provider</c>, connection string <c>ConnectionStrings:Newsletter</c>). Contexts are pooled: a
    /// request takes a reset context instead of building one and its options, which cost more than the one query a
    /// stored update page runs (docs/performance.md). Nothing sets per-context state, so a pooled context is as new.</summary>
    public static IServiceCollection AddNewsletterDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = ResolveSqliteConnectionString(connectionString ?? "Data Source=App_Data/newsletter.db", environment.ContentRootPath, options.BusyTimeoutSeconds);
                services.AddDbContextPool<NewsletterDbContext, SqliteNewsletterDbContext>((sp, db) => db
                    .UseSqlite(sqlite)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is SqlServer but ConnectionStrings:Newsletter is empty. See docs/deployment.md.");
                }

                services.AddDbContextPool<NewsletterDbContext, SqlServerNewsletterDbContext>((sp, db) => db
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }

        return services;
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder created.</summary>
    internal static string ResolveSqliteConnectionString(string connectionString, string contentRoot, int busyTimeoutSeconds = 5)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);

        // Microsoft.Data.Sqlite retries a busy database for the command timeout (30 s unless set), which turns
        // a long write elsewhere into a 30 s wait and a failure; a few seconds, then "busy, try again", is kinder.
        if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = busyTimeoutSeconds;
        }
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(contentRoot, source));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    /// <summary>Creates or upgrades the schema. SQLite files are switched to WAL so readers never
    /// wait for the editor's writes. An up-to-date database costs two queries: EF's own migrate step also
    /// builds and compares the whole model with the migrations' snapshot, about a second of CPU at every
    /// start, so it runs only when a migration is pending (docs/performance.md, "Start-up").</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrationLock));
        await MigrationLock.ReleaseIfStaleAsync(db, TimeSpan.FromMinutes(options.StaleMigrationLockMinutes),
            scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System, logger, cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
