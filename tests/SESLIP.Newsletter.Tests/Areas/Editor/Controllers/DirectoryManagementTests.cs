using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

public sealed class DirectoryManagementTests : IAsyncLifetime, IDisposable
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

    [Theory]
    [InlineData("/editor/networks", "AD Safeguarding")]
    [InlineData("/editor/contacts", "Rebecca Eligon")]
    [InlineData("/editor/publications", "Disguised compliance")]
    [InlineData("/editor/organisations", "Kent")]
    public async Task Lists_can_be_searched(string path, string term)
    {
        var page = await _editor.GetPageAsync($"{path}?q={Uri.EscapeDataString(term)}");
        var rows = page.QuerySelectorAll(".editor-list__item");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(term, r.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_contact_is_created_edited_and_deleted_when_nothing_shows_it()
    {
        var created = await _editor.SubmitAsync("/editor/contacts/new", "main form[method='post']", new()
        {
            ["Name"] = "Alex Newperson",
            ["Roles"] = "Data lead",
            ["Email"] = "alex@example.org",
            ["Phone"] = "01234 567890",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await IdAsync("Alex Newperson");

        var edited = await _editor.SubmitAsync($"/editor/contacts/{id}", "main form[method='post']", new() { ["Roles"] = "Data and insight lead" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var confirm = await _editor.GetPageAsync($"/editor/contacts/{id}/delete");
        Assert.Contains("Nothing uses it", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var deleted = await _editor.SubmitAsync(confirm, "main form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Contacts.AnyAsync(c => c.Id == id));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "Contact" && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action != "Deleted"));
    }

    [Theory]
    [InlineData("Email", "not-an-address", "Email-error")]
    [InlineData("Name", "", "Name-error")]
    [InlineData("Phone", "call me maybe", "Phone-error")]
    public async Task A_bad_contact_gets_a_field_message(string field, string value, string errorId)
    {
        var values = new Dictionary<string, string?> { ["Name"] = "Sam Example", ["Email"] = "sam@example.org", [field] = value };
        var response = await _editor.SubmitAsync("/editor/contacts/new", "main form[method='post']", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await EditorClient.ReadPageAsync(response)).QuerySelector("#" + errorId));
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Contacts.AnyAsync(c => c.Name == "Sam Example"));
    }

    [Fact]
    public async Task A_malformed_publication_address_gets_a_field_message()
    {
        var response = await _editor.SubmitAsync("/editor/publications/new", "main form[method='post']", new() { ["Title"] = "A report", ["Url"] = "www.example" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("https://", (await EditorClient.ReadPageAsync(response)).QuerySelector("#Url-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_document_without_an_address_gets_one_and_a_new_document_is_added()
    {
        int id;
        using (var db = _factory.CreateDbContext())
        {
            id = await db.Publications.Where(p => p.Documents.Any(d => d.Url == null)).Select(p => p.Id).FirstAsync();
        }

        var bad = await _editor.SubmitAsync($"/editor/publications/{id}", "main form[method='post']", new() { ["Documents[0].Url"] = "summary.pdf" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await EditorClient.ReadPageAsync(bad)).QuerySelector("#Documents_0__Url-error"));

        var page = await _editor.GetPageAsync($"/editor/publications/{id}");
        var blank = page.QuerySelectorAll("input[name$='.Label']").Length - 1;
        var saved = await _editor.SubmitAsync(page, "main form[method='post']", new()
        {
            ["Documents[0].Url"] = "https://example.org/summary.pdf",
            [$"Documents[{blank}].Label"] = "Easy read version",
            [$"Documents[{blank}].Url"] = "https://example.org/easy-read.pdf",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var check = _factory.CreateDbContext();
        var documents = await check.PublicationDocuments.Where(d => d.PublicationId == id).OrderBy(d => d.Position).ToListAsync();
        Assert.Equal("https://example.org/summary.pdf", documents[0].Url);
        Assert.Equal("Easy read version", documents[^1].Label);
    }

    [Fact]
    public async Task A_duplicate_network_name_gets_a_field_message()
    {
        var response = await _editor.SubmitAsync("/editor/networks/new", "main form[method='post']", new() { ["Name"] = "AD Safeguarding" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already a network", (await EditorClient.ReadPageAsync(response)).QuerySelector("#Name-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_a_published_update_shows_cannot_be_deleted_and_the_page_says_where_it_is_used()
    {
        var id = await IdAsync("Rebecca Eligon");
        var confirm = await _editor.GetPageAsync($"/editor/contacts/{id}/delete");
        var text = confirm.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Update no 654 (published)", text, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("main form[method='post']"));

        // Posting anyway (a stale page, or a crafted request) is refused too.
        var token = (await _editor.GetPageAsync($"/editor/contacts/{id}")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var forced = await _editor.Http.PostAsync($"/editor/contacts/{id}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "0")]));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        using var db = _factory.CreateDbContext();
        Assert.True(await db.Contacts.AnyAsync(c => c.Id == id));
    }

    [Fact]
    public async Task A_meeting_is_added_rescheduled_with_a_new_sequence_and_cancelled_keeping_its_uid()
    {
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "QA Network").Select(n => n.Id).SingleAsync();
        }

        var added = await _editor.SubmitAsync($"/editor/networks/{networkId}/meetings/new", "main form[method='post']", new()
        {
            ["Fields.Date"] = "2099-07-07",
            ["Fields.StartTime"] = "14:00",
            ["Fields.EndTime"] = "17:00",
            ["Fields.Attendance"] = "Online",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var check = _factory.CreateDbContext();
        var meeting = await check.Meetings.AsNoTracking().SingleAsync(m => m.Date == new DateOnly(2099, 7, 7));
        var edited = await _editor.SubmitAsync($"/editor/meetings/{meeting.Id}", "main form[action$='/editor/meetings/" + meeting.Id + "']", new() { ["Fields.Date"] = "2099-07-14" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var cancelled = await _editor.SubmitAsync($"/editor/meetings/{meeting.Id}", $"form[action='/editor/meetings/{meeting.Id}/cancel']");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        using var after = _factory.CreateDbContext();
        var now = await after.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting.Id);
        Assert.Equal(meeting.Uid, now.Uid);
        Assert.Equal(new DateOnly(2099, 7, 14), now.Date);
        Assert.True(now.IsCancelled);
        Assert.Equal(meeting.Sequence + 2, now.Sequence);
    }

    [Fact]
    public async Task A_meeting_with_the_wrong_weekday_or_an_end_before_its_start_is_refused()
    {
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "QA Network").Select(n => n.Id).SingleAsync();
        }

        var response = await _editor.SubmitAsync($"/editor/networks/{networkId}/meetings/new", "main form[method='post']", new()
        {
            ["Fields.Date"] = "2099-07-07",
            ["Fields.Weekday"] = "Monday",
            ["Fields.StartTime"] = "14:00",
            ["Fields.EndTime"] = "13:00",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("not a Monday", page.QuerySelector("#Fields_Weekday-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("end after it starts", page.QuerySelector("#Fields_EndTime-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_saves_of_a_contact_from_the_same_form_conflict()
    {
        var id = await IdAsync("Luke Ede");
        var first = await _editor.GetPageAsync($"/editor/contacts/{id}");
        var second = await _editor.GetPageAsync($"/editor/contacts/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitAsync(first, "main form[method='post']", new() { ["Phone"] = "01111 111111" })).StatusCode);
        var clash = await _editor.SubmitAsync(second, "main form[method='post']", new() { ["Phone"] = "02222 222222" });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var table = (await EditorClient.ReadPageAsync(clash)).QuerySelector(".editor-conflict-table")!.TextContent;
        Assert.Contains("01111 111111", table, StringComparison.Ordinal);
        Assert.Contains("02222 222222", table, StringComparison.Ordinal);
        using var db = _factory.CreateDbContext();
        Assert.Equal("01111 111111", (await db.Contacts.SingleAsync(c => c.Id == id)).Phone);
    }

    [Fact]
    public async Task An_added_organisation_is_audited_under_its_own_id()
    {
        var created = await _editor.SubmitAsync("/editor/organisations/new", "main form[method='post']", new() { ["Name"] = "Newtown Council" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/editor/organisations", created.Headers.Location!.OriginalString);
        using var db = _factory.CreateDbContext();
        var id = await db.Organisations.Where(o => o.Name == "Newtown Council").Select(o => o.Id).SingleAsync();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "Organisation" && a.Action == "Created" && a.EntityId == id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("Organisation “Newtown Council” added", entry.Summary);
    }

    [Fact]
    public async Task A_list_links_to_adding_searching_and_each_record()
    {
        var page = await _editor.GetPageAsync("/editor/organisations?q=Kent");
        Assert.NotNull(page.QuerySelector("main a[href='/editor/organisations/new']"));
        Assert.NotNull(page.QuerySelector("main form[method='get'][action='/editor/organisations']"));
        using var db = _factory.CreateDbContext();
        var kent = await db.Organisations.Where(o => o.Name.Contains("Kent")).Select(o => o.Id).FirstAsync();
        Assert.NotNull(page.QuerySelector($".editor-list a[href='/editor/organisations/{kent}']"));
    }

    private async Task<int> IdAsync(string name)
    {
        using var db = _factory.CreateDbContext();
        return await db.Contacts.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }
}
