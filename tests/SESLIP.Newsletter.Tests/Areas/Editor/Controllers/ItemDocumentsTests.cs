using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>The documents of the publication an item reports, written on the item's form and saved with it.</summary>
public sealed class ItemDocumentsTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new();
    private EditorClient _editor = null!;

    public async Task InitializeAsync() => _editor = await _factory.SignedInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Documents_are_added_edited_and_removed_in_the_items_save_and_a_library_change_meanwhile_is_not_overwritten()
    {
        var updateId = await StartAsync();
        var added = await _editor.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "Workforce data",
            ["NewPublication.Title"] = "Workforce 2025",
            ["Documents[0].Label"] = "The full report",
            ["Documents[0].Format"] = "pdf",
            ["Documents[0].Pages"] = "40",
            ["Documents[0].Url"] = "https://example.org/full.pdf",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var itemId = int.Parse(added.Headers.Location!.OriginalString.Split("#item-")[1], CultureInfo.InvariantCulture);

        using (var db = _factory.CreateDbContext())
        {
            var publication = await db.Publications.Include(p => p.Documents).SingleAsync(p => p.Title == "Workforce 2025");
            var document = Assert.Single(publication.Documents);
            Assert.Equal(("The full report", "pdf", 40, "https://example.org/full.pdf"), (document.Label, document.Format, document.Pages, document.Url));
        }

        // The form shows the documents, then one empty row; removing one and adding another is one save.
        var url = $"/editor/updates/{updateId}/items/{itemId}";
        var form = await _editor.GetPageAsync(url);
        Assert.Equal("The full report", form.QuerySelector("#Documents_0_Label")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("#Documents_1_Label")!.GetAttribute("value") ?? "");
        var saved = await _editor.SubmitAsync(form, "main form[method='post']", new()
        {
            ["Documents[0].Remove"] = "true",
            ["Documents[1].Label"] = "A summary",
            ["Documents[1].Pages"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            var publication = await db.Publications.Include(p => p.Documents).SingleAsync(p => p.Title == "Workforce 2025");
            var document = Assert.Single(publication.Documents);
            Assert.Equal(("A summary", 4), (document.Label, document.Pages));
            Assert.Contains(await db.AuditEntries.Select(a => a.Summary).ToListAsync(), s => s.StartsWith("Documents of “Workforce 2025” changed", StringComparison.Ordinal));

            // Someone edits the publication in the library while the item's form is open.
            form = await _editor.GetPageAsync(url);
            publication.Documents[0].Label = "A short summary";
            db.Entry(publication).State = EntityState.Modified;
            await db.SaveChangesAsync();
        }

        var conflict = await _editor.SubmitAsync(form, "main form[method='post']", new() { ["Documents[0].Label"] = "The summary" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var again = await EditorClient.ReadPageAsync(conflict);
        Assert.Equal("The summary", again.QuerySelector("#Documents_0_Label")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitAsync(again, "main form[method='post']")).StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            var publication = await db.Publications.Include(p => p.Documents).SingleAsync(p => p.Title == "Workforce 2025");
            Assert.Equal("The summary", Assert.Single(publication.Documents).Label);
        }
    }

    [Fact]
    public async Task A_document_without_a_publication_or_a_label_is_refused_with_a_message_and_nothing_is_saved()
    {
        var updateId = await StartAsync();
        var response = await _editor.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "Orphan document",
            ["Documents[0].Pages"] = "12",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Give the document a label", html, StringComparison.Ordinal);
        Assert.Contains("Choose the publication this document belongs to", html, StringComparison.Ordinal);
        Assert.Equal("12", EditorClient.Parse(html).QuerySelector("#Documents_0_Pages")!.GetAttribute("value"));

        using var db = _factory.CreateDbContext();
        Assert.False(await db.UpdateItems.AnyAsync(i => i.Title == "Orphan document"));
    }

    private async Task<int> StartAsync()
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
