using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>After a change evicts pages, the site renders the most-read of them again before any reader asks.</summary>
public sealed class PageWarmerTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new()
    {
        LoadDemoContent = false,
        // The test client's address, so the warmed copies are filed under the key its requests look up.
        Settings = { [PageWarmer.Setting] = "true", ["Newsletter:PublicBaseUrl"] = "http://localhost" },
    };

    private EditorClient _editor = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        await TestUpdates.AddAsync(_factory.CreateDbContext(),
            TestUpdates.Create(100, new DateOnly(2025, 3, 7)),
            TestUpdates.Create(101, new DateOnly(2025, 3, 14)),
            TestUpdates.Create(102, new DateOnly(2026, 1, 2), UpdateStatus.Draft));
        _reader = _factory.CreateClient();
        _editor = await _factory.SignedInAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _reader.Dispose();
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task After_a_publish_the_first_reader_gets_the_home_page_and_the_update_from_the_cache()
    {
        // Read (and cached) before the publish: the archive's year list among them.
        (await _reader.GetAsync("/updates?year=2025")).Dispose();
        var warmer = _factory.Services.GetRequiredService<PageWarmer>();
        var before = warmer.Warmings;

        int id;
        using (var db = _factory.CreateDbContext())
        {
            id = db.Updates.Single(u => u.Number == 102).Id;
        }

        var confirm = await _editor.GetPageAsync($"/editor/updates/{id}/publish");
        using var published = await _editor.SubmitAsync(confirm, $"main form[action='/editor/updates/{id}/publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await WaitForWarmingAfterAsync(warmer, before);

        foreach (var path in new[] { "/", "/updates", "/updates.atom", "/updates/102", "/updates/101" })
        {
            using var response = await _reader.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The output cache answers from its store with the copy's age; a fresh render has no Age header.
            Assert.True(response.Headers.Age is not null, $"{path} was rendered for the reader, not served from the cache");
        }

        using var home = await _reader.GetAsync("/");
        Assert.Contains("Update no 102", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The year list was counted again after the publish, not served from before it.
        using var lastYear = await _reader.GetAsync("/updates?year=2025");
        Assert.Contains("?year=2026", await lastYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_library_change_the_page_is_warmed_with_filters_that_count_it()
    {
        (await _reader.GetAsync("/publications")).Dispose();
        var warmer = _factory.Services.GetRequiredService<PageWarmer>();
        var before = warmer.Warmings;

        for (var i = 0; i < 2; i++)
        {
            using var scope = _factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.NewsletterDbContext>();
            var publication = new Publication { Title = $"Burst report {i}", Slug = $"burst-report-{i}", PublisherText = "Burst Publisher", PublishedOn = new DateOnly(2019, 5, 1) };
            db.Publications.Add(publication);
            var outcome = await scope.ServiceProvider.GetRequiredService<EditorialChanges>()
                .SaveAsync(new ChangeNote("Created", nameof(Publication), () => publication.Id, publication.Title), "editor@example.org");
            Assert.Equal(SaveOutcome.Saved, outcome);
        }

        await WaitForWarmingAfterAsync(warmer, before);
        using var response = await _reader.GetAsync("/publications");
        Assert.NotNull(response.Headers.Age);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Burst Publisher", html, StringComparison.Ordinal);
        Assert.Contains("2019", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Warming_can_be_turned_off()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        Assert.Null(factory.Services.GetService<PageWarmer>());
    }

    /// <summary>Polls with a generous limit: on a busy machine the warming may take a while to run.</summary>
    private static async Task WaitForWarmingAfterAsync(PageWarmer warmer, long before)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (warmer.Warmings <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "The pages were not warmed within ten minutes of the change.");
            await Task.Delay(50);
        }
    }
}
