using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>Preview links end to end: an editor makes one on the draft's page, a reader without an account opens
/// it over real HTTP, and every way a link stops working gets a page that says why.</summary>
public sealed class PreviewPageTests(PreviewPageTests.Site site) : IClassFixture<PreviewPageTests.Site>
{
    private const string Hostile = ArrangedSite.Hostile;

    [Fact]
    public async Task A_link_made_on_the_draft_page_shows_the_draft_to_a_reader_without_an_account_and_only_once_to_the_editor()
    {
        var (id, editor) = await DraftAndEditorAsync(701);
        var made = await editor.SubmitAsync($"/editor/updates/{id}", CreateForm(id), new() { ["Days"] = "3", ["Note"] = "Director of Children's Services" });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.EndsWith($"/editor/updates/{id}#share-preview", made.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var shown = await editor.GetPageAsync(made.Headers.Location.OriginalString);
        var link = shown.QuerySelector<IHtmlInputElement>("#new-preview-link")!;
        Assert.True(link.IsReadOnly);
        var url = new Uri(link.Value);
        Assert.StartsWith("/preview/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("For Director of Children's Services", shown.QuerySelector("#share-preview")!.TextContent, StringComparison.Ordinal);
        var expiry = Dates.WithWeekdayAndTime(site.Clock.GetUtcNow().UtcDateTime.AddDays(3));
        Assert.Contains(expiry, shown.QuerySelector("#share-preview")!.TextContent, StringComparison.Ordinal);
        // Shown once: the site keeps only the hash, so the next visit cannot show it again.
        Assert.Null((await editor.GetPageAsync($"/editor/updates/{id}")).QuerySelector("#new-preview-link"));
        var token = url.AbsolutePath["/preview/".Length..];
        using (var db = site.Factory.CreateDbContext())
        {
            var row = await db.PreviewLinks.SingleAsync(l => l.UpdateId == id);
            Assert.NotEqual(token, row.TokenHash);
            Assert.Equal(64, row.TokenHash.Length);
            Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddDays(3), row.ExpiresAtUtc);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Created" && a.EntityType == "PreviewLink" && a.EntityId == row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        using var reader = site.Factory.CreateClient();
        var response = await reader.GetAsync(url.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal("no-referrer", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
        var page = Html.Parse(html);
        Assert.StartsWith("noindex", page.QuerySelector("meta[name='robots']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("Draft — not published", page.QuerySelector("[aria-labelledby='preview-link-title']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(expiry, page.QuerySelector("[aria-labelledby='preview-link-title']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Draft item for the director", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href^='/editor']"));
    }

    [Fact]
    public async Task A_revoked_link_says_so_with_410_and_the_revocation_is_audited()
    {
        var (id, editor) = await DraftAndEditorAsync(702);
        var path = await MakeLinkAsync(editor, id);
        var revoked = await editor.SubmitAsync($"/editor/updates/{id}", $"form[action^='/editor/updates/{id}/preview-links/'][action$='/revoke']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.EndsWith("#share-preview", revoked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty((await editor.GetPageAsync($"/editor/updates/{id}")).QuerySelectorAll($"form[action$='/revoke']"));

        var (status, page) = await ReaderGetsAsync(path);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("withdrawn", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ask the SESLIP programme manager", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var db = site.Factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Revoked" && a.EntityType == "PreviewLink"));
    }

    [Fact]
    public async Task An_expired_link_says_when_it_stopped_working()
    {
        var (id, editor) = await DraftAndEditorAsync(703);
        var path = await MakeLinkAsync(editor, id, days: 1);
        Assert.Equal(HttpStatusCode.OK, (await ReaderGetsAsync(path)).Status);

        site.Clock.Advance(TimeSpan.FromDays(1));
        var (status, page) = await ReaderGetsAsync(path);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("expired", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("meta[name='robots']"));
    }

    [Fact]
    public async Task A_link_to_an_update_since_published_points_to_its_public_page()
    {
        var (id, editor) = await DraftAndEditorAsync(704);
        var path = await MakeLinkAsync(editor, id);
        using (var db = site.Factory.CreateDbContext())
        {
            await db.Updates.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UpdateStatus.Published));
        }

        var (status, page) = await ReaderGetsAsync(path);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("published", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/updates/704']"));
    }

    [Fact]
    public async Task A_link_to_a_deleted_draft_says_it_was_deleted()
    {
        var (id, editor) = await DraftAndEditorAsync(705);
        var path = await MakeLinkAsync(editor, id);
        var deleted = await editor.SubmitAsync($"/editor/updates/{id}/delete", $"main form[action='/editor/updates/{id}/delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var (status, page) = await ReaderGetsAsync(path);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("deleted", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("%3Cscript%3E")]
    public async Task A_tampered_or_made_up_token_is_404_never_an_error(string change)
    {
        var (id, editor) = await DraftAndEditorAsync(706 + change.Length);
        var path = await MakeLinkAsync(editor, id);
        // One character changed (still a well-formed token), or the token lengthened.
        var at = path.Length - 10;
        var tampered = change.Length == 0
            ? path[..at] + (path[at] == 'A' ? 'B' : 'A') + path[(at + 1)..]
            : path + change;
        foreach (var attempt in new[] { tampered, "/preview/" + new string('A', 43), "/preview/not-a-token" })
        {
            var (status, page) = await ReaderGetsAsync(attempt);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("does not work", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Editor_text_on_the_preview_and_in_the_link_list_is_encoded()
    {
        var (id, editor) = await DraftAndEditorAsync(720, hostile: true);
        var path = await MakeLinkAsync(editor, id, note: Hostile);
        var section = (await editor.GetPageAsync($"/editor/updates/{id}")).QuerySelector("#share-preview")!;
        Assert.Contains(Hostile, section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll("script, img, [onerror]"));

        var (status, page) = await ReaderGetsAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        UpdatePageTests.AssertHarmless(page);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".update__intro")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_update_offers_no_preview_links_and_refuses_a_crafted_one()
    {
        var (id, editor) = await DraftAndEditorAsync(721);
        var draftPage = await editor.GetPageAsync($"/editor/updates/{id}");
        using (var db = site.Factory.CreateDbContext())
        {
            await db.Updates.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UpdateStatus.Published));
        }

        Assert.Null((await editor.GetPageAsync($"/editor/updates/{id}")).QuerySelector("#share-preview"));
        var refused = await editor.SubmitAsync(draftPage, CreateForm(id));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        using var check = site.Factory.CreateDbContext();
        Assert.False(await check.PreviewLinks.AnyAsync(l => l.UpdateId == id));
    }

    private static string CreateForm(int id) => $"form[action='/editor/updates/{id}/preview-links']";

    private async Task<(int Id, EditorClient Editor)> DraftAndEditorAsync(int number, bool hostile = false)
    {
        var draft = TestUpdates.Create(number, new DateOnly(2026, 12, 4), UpdateStatus.Draft);
        draft.Items[0].Title = hostile ? Hostile : "Draft item for the director";
        if (hostile)
        {
            draft.Items[0].Body = Hostile;
            draft.Intro = Hostile;
        }

        await TestUpdates.AddAsync(site.Factory.CreateDbContext(), draft);
        // Signed in afresh each time: another test may have moved the clock past an older sign-in.
        return (draft.Id, await site.Factory.SignedInAsync());
    }

    private static async Task<string> MakeLinkAsync(EditorClient editor, int id, int days = 3, string note = "")
    {
        var made = await editor.SubmitAsync($"/editor/updates/{id}", CreateForm(id), new() { ["Days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Note"] = note });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await editor.GetPageAsync(made.Headers.Location!.OriginalString);
        return new Uri(page.QuerySelector<IHtmlInputElement>("#new-preview-link")!.Value).PathAndQuery;
    }

    private async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> ReaderGetsAsync(string path)
    {
        using var reader = site.Factory.CreateClient();
        return await Html.GetAsync(reader, path);
    }

    /// <summary>One site for the class, on a clock the expiry test moves forward.</summary>
    public sealed class Site : IDisposable
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));

        public NewsletterFactory Factory { get; }

        public Site() => Factory = new NewsletterFactory { LoadDemoContent = false, ConfigureServices = s => s.AddSingleton<TimeProvider>(Clock) };

        public void Dispose() => Factory.Dispose();
    }
}
