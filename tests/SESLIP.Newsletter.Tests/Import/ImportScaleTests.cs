using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

/// <summary>An import's work per file does not grow with the archive: the 2,000th file sends the database the
/// same SQL as the 100th, because each file looks up only the records it names (the pace itself is measured by
/// the <c>import-scale</c> benchmark, docs/performance.md).</summary>
public sealed class ImportScaleTests
{
    private const int Files = 2_000;
    private const int Window = 100;

    [Fact]
    public async Task The_last_100_of_2000_files_send_the_same_sql_per_file_as_the_first_100()
    {
        var counter = new SqlCommandCounter();
        using var site = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IInterceptor>(counter),
        };
        site.Settings["Sending:Enabled"] = "false";
        await DatabaseSetup.MigrateAsync(site.Services);

        var statements = new int[Files];
        for (var i = 0; i < Files; i++)
        {
            counter.Reset();
            await using var scope = site.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<LegacyImporter>()
                .ImportTextAsync(GeneratedIssues.Compact(i), $"generated-{i:D5}.txt");
            Assert.True(result.Outcome == ImportOutcome.Imported, $"File {i}: {result.Outcome} {result.Summary}");
            statements[i] = counter.Statements;
        }

        // The very first files create the networks, contacts and organisations every later file finds.
        var first = statements[Window..(2 * Window)];
        var last = statements[^Window..];
        Assert.Equal(first.Distinct().Order(), last.Distinct().Order());
        Assert.Equal(first.Max(), last.Max());
    }
}
