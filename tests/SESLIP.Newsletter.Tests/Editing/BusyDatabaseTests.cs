using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Editing;

/// <summary>A save that meets another writer holding the database's write lock comes back, after the busy
/// timeout, as "busy, your text is below" (503 with Retry-After), never a 500, and saves once the lock is gone.</summary>
public sealed class BusyDatabaseTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { Settings = { ["Database:BusyTimeoutSeconds"] = "1" } };
    private EditorClient _editor = null!;

    public async Task InitializeAsync() => _editor = await _factory.SignedInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_save_during_another_writers_long_transaction_keeps_the_text_and_says_busy()
    {
        var start = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var id = int.Parse(start.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var detailsPage = await _editor.GetPageAsync($"/editor/updates/{id}");
        var itemPage = await _editor.GetPageAsync($"/editor/updates/{id}/items/new?section=News");

        HttpResponseMessage intro, item;
        await using (var holder = new SqliteConnection($"Data Source={_factory.DatabasePath}"))
        {
            await holder.OpenAsync();
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }

            intro = await _editor.SubmitAsync(detailsPage, $"form[action='/editor/updates/{id}']", new() { ["Intro"] = "An intro typed while the database was busy" });
            item = await _editor.SubmitAsync(itemPage, "main form[method='post']", new() { ["Title"] = "An item typed while the database was busy", ["Body"] = "Its text." });

            using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        foreach (var (response, text) in new[] { (intro, "An intro typed while the database was busy"), (item, "An item typed while the database was busy") })
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}\n{html}");
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("The database is busy", html, StringComparison.Ordinal);
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        var retried = await _editor.SubmitAsync(await EditorClient.ReadPageAsync(item), "main form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        using var db = _factory.CreateDbContext();
        Assert.True(await db.UpdateItems.AnyAsync(i => i.UpdateId == id && i.Title == "An item typed while the database was busy"));
    }
}
