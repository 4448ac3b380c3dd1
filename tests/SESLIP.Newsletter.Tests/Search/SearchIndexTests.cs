using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Search;

/// <summary>The index follows the database in the same transaction as every change (triggers), whichever code
/// made it: drafts are never found, and an edit is searchable at once.</summary>
public sealed class SearchIndexTests(SeededSite site) : IClassFixture<SeededSite>
{
    private HttpClient Client => site.Factory.CreateClient();

    private async Task<int> CountAsync(string q)
    {
        var page = await Client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q));
        return page.QuerySelectorAll(".search-result").Length;
    }

    private async Task<Update> AddUpdateAsync(int number, UpdateStatus status, string title, string body)
    {
        await using var db = site.Factory.CreateDbContext();
        var update = TestUpdates.Create(number, new DateOnly(2025, 4, 4), status, newsItems: 0, reminderItems: 0);
        update.Items.Add(new UpdateItem { Section = ItemSection.News, Position = 1, Title = title, Anchor = "news-1", Body = body });
        db.Updates.Add(update);
        await db.SaveChangesAsync();
        return update;
    }

    [Fact]
    public async Task A_drafts_words_are_never_found_until_it_is_published_and_are_gone_when_it_is_unpublished()
    {
        var update = await AddUpdateAsync(9001, UpdateStatus.Draft, "Quillwort planning", "The quillwort pilot starts soon.");
        Assert.Equal(0, await CountAsync("quillwort"));

        await using (var db = site.Factory.CreateDbContext())
        {
            await db.Updates.Where(u => u.Id == update.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UpdateStatus.Published));
        }

        Assert.Equal(1, await CountAsync("quillwort"));

        await using (var db = site.Factory.CreateDbContext())
        {
            await db.Updates.Where(u => u.Id == update.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UpdateStatus.Draft));
        }

        Assert.Equal(0, await CountAsync("quillwort"));
    }

    [Fact]
    public async Task A_drafts_words_are_not_counted_even_on_a_page_past_the_end()
    {
        await AddUpdateAsync(9005, UpdateStatus.Draft, "Bramble plan", "The bramble plan is not public yet.");
        await AddUpdateAsync(9006, UpdateStatus.Published, "Bramble review", "The bramble review is public.");

        var past = await Client.GetDocumentAsync("/search?q=bramble&page=40");

        Assert.StartsWith("1 result for", past.QuerySelector(".results-count")!.Text().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_item_is_found_by_its_new_words_and_not_its_old()
    {
        await AddUpdateAsync(9002, UpdateStatus.Published, "Marigold review", "The marigold review reports in May.");
        Assert.Equal(1, await CountAsync("marigold"));

        await using (var db = site.Factory.CreateDbContext())
        {
            var item = await db.UpdateItems.SingleAsync(i => i.Title == "Marigold review");
            item.Title = "Snapdragon review";
            item.Body = "The snapdragon review reports in June.";
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, await CountAsync("marigold"));
        Assert.Equal(1, await CountAsync("snapdragon"));
    }

    [Fact]
    public async Task A_directory_edit_is_searchable_at_once()
    {
        await using (var db = site.Factory.CreateDbContext())
        {
            var contact = await db.Contacts.OrderBy(c => c.Id).FirstAsync();
            contact.Roles = "Lead for periwinkle projects";
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await CountAsync("periwinkle"));
    }

    [Fact]
    public async Task Stored_script_text_is_shown_as_text_in_snippets()
    {
        await AddUpdateAsync(9003, UpdateStatus.Published, "<script>alert('xss')</script> Hollyhock", "Hollyhock <script>alert('body')</script> <img src=x onerror=alert(1)> notes.");

        using var response = await Client.GetAsync("/search?q=hollyhock");
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main img"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var result = page.QuerySelector(".search-result")!;
        Assert.Contains("<script>alert('xss')</script>", result.QuerySelector(".search-result__title")!.TextContent, StringComparison.Ordinal);
        Assert.All(result.QuerySelectorAll(".search-result__snippet *"), e => Assert.Equal("MARK", e.TagName));
    }

    [Fact]
    public async Task Stored_script_text_is_plain_text_in_the_search_feed()
    {
        await AddUpdateAsync(9004, UpdateStatus.Published, "Foxglove <b>bold</b>", "Foxglove <script>alert(1)</script>");

        var body = await Client.GetStringAsync("/search.atom?q=foxglove");
        var feed = System.Xml.Linq.XDocument.Parse(body);

        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Contains("<script>", feed.Root!.Value, StringComparison.Ordinal);
    }
}
