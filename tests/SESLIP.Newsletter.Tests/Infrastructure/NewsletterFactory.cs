using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using SESLIP.Newsletter.Web.Data;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The one test host: the real app over real HTTP, on its own SQLite database file.</summary>
public class NewsletterFactory : WebApplicationFactory<Program>
{
    private readonly Lock _starting = new();
    private string _directory = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"));

    static NewsletterFactory()
    {
        // Each host watches its configuration and content files; with inotify that costs one of the user's
        // 128 instances per watcher, and a full run starts hundreds of hosts. Polling costs none.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    // One migrated database per kind (with and without the demo updates), made by the first host that asks
    // and copied for every later one: a fresh file per test without paying for every migration each time.
    private static readonly Lazy<string> EmptyTemplate = new(() => CreateTemplate(loadDemoContent: false));
    private static readonly Lazy<string> DemoTemplate = new(() => CreateTemplate(loadDemoContent: true));

    public NewsletterFactory()
    {
        Directory.CreateDirectory(_directory);
    }

    /// <summary>Whether a new database starts as a copy of one migrated (and seeded, with
    /// <see cref="LoadDemoContent"/>) by an earlier host; off, the host creates and migrates the file itself.
    /// Either way the host starts on a file of its own.</summary>
    public bool StartFromTemplate { get; init; } = true;

    /// <summary>The folder holding the database file. A second factory given the first one's folder (with
    /// <see cref="KeepData"/> on the first) sees the same database, as a restarted site would.</summary>
    public string DataDirectory
    {
        get => _directory;
        init
        {
            _directory = value;
            Directory.CreateDirectory(value);
        }
    }

    /// <summary>Leave the database behind on dispose, for a second host to start on.</summary>
    public bool KeepData { get; init; }

    /// <summary>Whether the host loads the two seed updates on first start (as a newcomer's run does).</summary>
    public bool LoadDemoContent { get; init; } = true;

    public string DatabasePath => Path.Combine(_directory, "newsletter.db");

    /// <summary>Extra configuration, applied last.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Where log events go that arrive outside any test's flow, such as requests a real browser sends
    /// to Kestrel; events inside a test's flow go to that test's <see cref="TestLog"/>.</summary>
    public TestLog? ServerLog { get; set; }

    /// <summary>Extra service registrations, applied after the app's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The build's compressed copies of wwwroot, as `dotnet run` serves them (Infrastructure/StaticFiles.cs).
        builder.UseStaticWebAssets();
        CopyTemplateIfNew();

        // UseSetting, not ConfigureAppConfiguration: Program reads these before the host is built.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Newsletter", $"Data Source={DatabasePath}");
        builder.UseSetting("Newsletter:LoadDemoContent", LoadDemoContent ? "true" : "false");
        // Background renders after each change would add requests and SQL to tests that count them; the tests
        // of warming turn it on.
        builder.UseSetting("PublicPageCache:WarmAfterChanges", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // The app's Serilog reads extra sinks from the services.
            services.AddSingleton<ILogEventSink>(new TestLogSink(this));
            // Requests carry the test's flow to the server, and with it the test's log.
            services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true);
            // The real hasher with fewer rounds: hundreds of accounts are created and signed in per run, and the
            // production count (100,000 rounds of HMAC-SHA512) costs a tenth of a second of CPU each time.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations);
        });
        if (ConfigureServices is not null)
        {
            builder.ConfigureServices(ConfigureServices);
        }
    }

    /// <summary>PBKDF2 rounds for passwords hashed in tests; a hash made with the production count still verifies.</summary>
    public const int TestPasswordHashIterations = 1_000;

    /// <summary>How long a test's request may take, and the one limit for anything a test waits for (a host to
    /// start, mail to arrive, a change to show on another server). HttpClient's own 100 seconds fails tests on a
    /// machine busy with other work; a hung request or wait is still ended, by this or by the run's 10-minute
    /// hang timeout.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(8);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Timeout = RequestTimeout;
    }

    /// <summary>A context on the same database file, for arranging and asserting; safe to call from several
    /// threads at once, even as the first use of the factory.</summary>
    public NewsletterDbContext CreateDbContext()
    {
        IServiceProvider services;
        // The framework starts the host on first use without a lock: tests that open contexts from parallel
        // tasks would otherwise start it twice, on one database file.
        lock (_starting)
        {
            services = Services;
        }

        var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
    }

    private void CopyTemplateIfNew()
    {
        if (!StartFromTemplate || File.Exists(DatabasePath) || Settings.ContainsKey("ConnectionStrings:Newsletter"))
        {
            return;
        }

        File.Copy(LoadDemoContent ? DemoTemplate.Value : EmptyTemplate.Value, DatabasePath);
    }

    private static string CreateTemplate(bool loadDemoContent)
    {
        using var factory = new NewsletterFactory { StartFromTemplate = false, KeepData = true, LoadDemoContent = loadDemoContent };
        _ = factory.Services;
        factory.Dispose();

        // Fold the write-ahead log into the file, so the one file holds everything.
        using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=false"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return factory.DatabasePath;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && KeepData)
        {
            SqliteConnection.ClearAllPools();
        }
        else if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temp folder behind.
            }
        }
    }
}
