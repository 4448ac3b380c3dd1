using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Rendering;

namespace SESLIP.Newsletter.Tests.Rendering;

/// <summary>A published update's body is rendered once, stored, and served from there until what it was rendered
/// from changes: a correction, another build of the views, a directory address (docs/adr/0038-stored-editions.md).
/// Each test empties the page cache first, so the page is built from the database and not from the cached copy.</summary>
public sealed class StoredEditionsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task The_page_writes_the_body_stored_at_its_first_read()
    {
        var page = await PageAsync("/updates/654");
        var stored = await StoredAsync(654);

        Assert.Equal(StoredEditions.TemplateVersion, stored.TemplateVersion);
        Assert.Contains(stored.Html, page, StringComparison.Ordinal);
        Assert.Contains("Future dates for network meetings", stored.Html, StringComparison.Ordinal);

        // A copy that matches what it was rendered from is written as it is, without rendering again.
        await SqlAsync($"UPDATE StoredEditions SET Html = '<p>Served from the stored copy</p>' WHERE UpdateId = {await IdAsync(654)}");
        Assert.Contains("<p>Served from the stored copy</p>", await PageAsync("/updates/654"), StringComparison.Ordinal);
        await SqlAsync($"UPDATE StoredEditions SET TemplateVersion = 'cleared' WHERE UpdateId = {await IdAsync(654)}");
    }

    [Fact]
    public async Task A_copy_from_another_build_of_the_views_is_rendered_again_on_its_first_read()
    {
        await PageAsync("/updates/454");
        var id = await IdAsync(454);
        await SqlAsync($"UPDATE StoredEditions SET TemplateVersion = 'an older build', Html = '<p>stale copy</p>' WHERE UpdateId = {id}");

        var page = await PageAsync("/updates/454");

        Assert.DoesNotContain("stale copy", page, StringComparison.Ordinal);
        Assert.Contains("Future dates for network meetings", page, StringComparison.Ordinal);
        var stored = await StoredAsync(454);
        Assert.Equal(StoredEditions.TemplateVersion, stored.TemplateVersion);
        Assert.Contains(stored.Html, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_changes_the_page_and_its_stored_copy()
    {
        await PageAsync("/updates/654");
        var before = await StoredAsync(654);
        var id = await IdAsync(654);
        int itemId;
        await using (var db = site.Factory.CreateDbContext())
        {
            itemId = await db.UpdateItems.Where(i => i.UpdateId == id).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        }

        using var editor = await site.Factory.SignedInAsync();
        var corrected = await editor.SubmitAsync($"/editor/updates/{id}/items/{itemId}", "main form[method='post']", new()
        {
            ["Body"] = "The closing date is now 30 April.",
            ["CorrectionKind"] = "Major",
            ["CorrectionNote"] = "the closing date has moved",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var page = await PageAsync("/updates/654");
        Assert.Contains("The closing date is now 30 April.", page, StringComparison.Ordinal);
        Assert.Contains("the closing date has moved", page, StringComparison.Ordinal);
        var after = await StoredAsync(654);
        Assert.NotEqual(before.Basis, after.Basis);
        Assert.Contains(after.Html, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_preview_shows_the_same_body_as_the_public_page()
    {
        var page = await PageAsync("/updates/654");
        var stored = await StoredAsync(654);
        Assert.Contains(stored.Html, page, StringComparison.Ordinal);

        using var editor = await site.Factory.SignedInAsync();
        var preview = await (await editor.GetAsync($"/editor/updates/{await IdAsync(654)}/preview")).Content.ReadAsStringAsync();

        Assert.Contains(stored.Html, preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_network_address_is_linked_from_the_stored_body()
    {
        Assert.Contains("href=\"/networks/ad-safeguarding\"", await PageAsync("/updates/654"), StringComparison.Ordinal);

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
            var network = await db.Networks.SingleAsync(n => n.Slug == "ad-safeguarding");
            network.Slug = "ad-safeguarding-leads";
            var outcome = await scope.ServiceProvider.GetRequiredService<EditorialChanges>()
                .SaveAsync(ChangeNote.Of("Edited", nameof(Network), network.Id, "AD Safeguarding's address changed"), "editor@example.org");
            Assert.Equal(SaveOutcome.Saved, outcome);
        }

        var page = await PageAsync("/updates/654");
        Assert.Contains("href=\"/networks/ad-safeguarding-leads\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/networks/ad-safeguarding\"", page, StringComparison.Ordinal);
        Assert.Contains((await StoredAsync(654)).Html, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_an_item_stays_encoded_in_the_stored_body()
    {
        var hostile = TestUpdates.Create(99, new DateOnly(2020, 1, 3));
        hostile.Items[0].Title = "<script>alert('title')</script>";
        hostile.Items[0].Body = ArrangedSite.Hostile;
        await TestUpdates.AddAsync(site.Factory.CreateDbContext(), hostile);

        var page = await PageAsync("/updates/99");
        var stored = await StoredAsync(99);

        Assert.Contains(stored.Html, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", stored.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", stored.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", stored.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", stored.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", stored.Html, StringComparison.Ordinal);
    }

    /// <summary>The page built from the database: the page cache is emptied first.</summary>
    private async Task<string> PageAsync(string url)
    {
        var store = site.Factory.Services.GetRequiredService<IOutputCacheStore>();
        foreach (var tag in new[] { PublicPageCache.Updates, PublicPageCache.Meetings, PublicPageCache.Publications, PublicPageCache.Contacts })
        {
            await store.EvictByTagAsync(tag, default);
        }

        using var client = site.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> IdAsync(int number)
    {
        await using var db = site.Factory.CreateDbContext();
        return await db.Updates.Where(u => u.Number == number).Select(u => u.Id).SingleAsync();
    }

    private async Task<StoredEdition> StoredAsync(int number)
    {
        var id = await IdAsync(number);
        await using var db = site.Factory.CreateDbContext();
        return await db.StoredEditions.AsNoTracking().SingleAsync(s => s.UpdateId == id);
    }

    private async Task SqlAsync(string sql)
    {
        await using var db = site.Factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
