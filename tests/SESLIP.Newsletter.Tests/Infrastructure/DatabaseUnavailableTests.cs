using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task Pages_and_readiness_answer_503_while_the_database_file_is_away_and_recover_when_it_is_back()
    {
        using var factory = new NewsletterFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        // The background services take their leases just after start. On a busy machine that can be the moment the
        // file goes away, and a connection they hold open keeps reading the moved file; wait until they have.
        await BackgroundWorkStartedAsync(factory);
        var away = factory.DatabasePath + ".away";

        // Pools cleared after the move, not before: a background poll between the two would otherwise open a
        // connection on the file just before it moves, and the page would read the moved file through it.
        File.Move(factory.DatabasePath, away);
        SqliteConnection.ClearAllPools();
        var page = await client.GetAsync("/meetings");
        var ready = await client.GetAsync("/health/ready");
        File.Delete(factory.DatabasePath);
        File.Move(away, factory.DatabasePath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.DoesNotContain("Exception", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        // Without a restart: a connection opened while the file was away may answer one more 503 before the
        // site drops it and opens the file afresh, and on a busy machine the background services taking their
        // leases again may keep the database busy for a moment (503 with Retry-After, as for any busy database).
        Assert.Equal(HttpStatusCode.OK, await FirstOkAsync(client, "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, await FirstOkAsync(client, "/meetings"));
    }

    private static async Task<HttpStatusCode> FirstOkAsync(HttpClient client, string url)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 30 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await client.GetAsync(url)).StatusCode;
        }

        return status;
    }

    private static async Task BackgroundWorkStartedAsync(NewsletterFactory factory)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = factory.CreateDbContext())
            {
                if (await db.Leases.CountAsync(l => l.Owner != null) >= 2)
                {
                    return;
                }
            }

            Assert.True(waited.Elapsed < NewsletterFactory.RequestTimeout, "The background services never took their leases.");
            await Task.Delay(50);
        }
    }
}
