using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Publishing;

/// <summary>Minor corrections are audited only; major ones show readers their note; an item can be added to a
/// published update as a correction while readers keep seeing it.</summary>
public sealed class CorrectionsTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };
    private EditorClient _editor = null!;
    private int _id;

    public async Task InitializeAsync()
    {
        var update = TestUpdates.Create(654, new DateOnly(2025, 3, 21));
        await TestUpdates.AddAsync(_factory.CreateDbContext(), update);
        _id = update.Id;
        _editor = await _factory.SignedInAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_minor_correction_stays_out_of_the_public_page_and_a_major_one_shows()
    {
        using var reader = _factory.CreateBrowser();
        await reader.GetAsync("/updates/654"); // cached, so the correction must evict it
        var itemId = await ItemIdAsync("News 1 of update 654");
        var form = $"/editor/updates/{_id}/items/{itemId}";
        Assert.NotNull((await _editor.GetPageAsync(form)).QuerySelector("#CorrectionKind-minor"));

        var minor = await _editor.SubmitAsync(form, "main form[method='post']", new()
        {
            ["Title"] = "News 1 of update 654, spelt right",
            ["CorrectionKind"] = "Minor",
            ["CorrectionNote"] = "fixed a typo in the title",
        });
        Assert.Equal(HttpStatusCode.Redirect, minor.StatusCode);
        var page = await (await reader.GetAsync("/updates/654")).Content.ReadAsStringAsync();
        Assert.Contains("News 1 of update 654, spelt right", page, StringComparison.Ordinal);
        Assert.DoesNotContain("fixed a typo in the title", page, StringComparison.Ordinal);
        using (var db = _factory.CreateDbContext())
        {
            Assert.Empty(await db.Set<UpdateCorrection>().Where(c => c.UpdateId == _id).ToListAsync());
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Corrected (minor)" && a.Summary.Contains("fixed a typo in the title")));
        }

        var major = await _editor.SubmitAsync(form, "main form[method='post']", new()
        {
            ["Body"] = "The closing date is now 30 April.",
            ["CorrectionKind"] = "Major",
            ["CorrectionNote"] = "the closing date has moved",
        });
        Assert.Equal(HttpStatusCode.Redirect, major.StatusCode);
        page = await (await reader.GetAsync("/updates/654")).Content.ReadAsStringAsync();
        Assert.Contains("the closing date has moved", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_is_added_to_a_published_update_as_a_correction_without_unpublishing_it()
    {
        var form = $"/editor/updates/{_id}/items/new?section=News";
        var noNote = await _editor.SubmitAsync(form, "main form[method='post']", new() { ["Title"] = "Late news" });
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.NotNull((await EditorClient.ReadPageAsync(noNote)).QuerySelector("#CorrectionNote-error"));

        var added = await _editor.SubmitAsync(form, "main form[method='post']", new()
        {
            ["Title"] = "Late news",
            ["Body"] = "Three things:\n• one\n◦ one and a half\n• two",
            ["CorrectionNote"] = "an item was missing",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var db = _factory.CreateDbContext();
        Assert.Equal(UpdateStatus.Published, (await db.Updates.SingleAsync(u => u.Id == _id)).Status);
        var item = await db.UpdateItems.SingleAsync(i => i.UpdateId == _id && i.Title == "Late news");
        Assert.Equal("Three things:\n\n- one\n  - one and a half\n- two", item.Body);
        using var reader = _factory.CreateBrowser();
        var response = await reader.GetAsync("/updates/654");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Late news", page, StringComparison.Ordinal);
        Assert.Contains("an item was missing", page, StringComparison.Ordinal);
    }

    private async Task<int> ItemIdAsync(string title)
    {
        using var db = _factory.CreateDbContext();
        return await db.UpdateItems.Where(i => i.UpdateId == _id && i.Title == title).Select(i => i.Id).SingleAsync();
    }
}
