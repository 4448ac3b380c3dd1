using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>A normal Friday, through the real forms: start 655 from 654, add items, preview, publish.</summary>
public sealed class WeeklyUpdateTests : IAsyncLifetime, IDisposable
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
    public async Task Starting_the_next_update_numbers_it_dates_it_on_a_friday_and_carries_chosen_reminders()
    {
        var page = await _editor.GetPageAsync("/editor/updates/new");
        Assert.Equal("655", page.QuerySelector("#Number")!.GetAttribute("value"));
        // A date field with an ISO value: the same on every server, whatever its locale.
        var issueDate = page.QuerySelector("#IssueDate")!;
        Assert.Equal("date", issueDate.GetAttribute("type"));
        var date = DateOnly.ParseExact(issueDate.GetAttribute("value")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DayOfWeek.Friday, date.DayOfWeek);
        var reminder = page.QuerySelectorAll(".checkboxes__label").First(l => l.TextContent.Contains("Good decisions", StringComparison.Ordinal));
        Assert.NotNull(reminder);

        var id = await StartAsync();

        using var db = _factory.CreateDbContext();
        var update = await db.Updates.Include(u => u.Items).Include(u => u.Meetings).Include(u => u.Contacts).SingleAsync(u => u.Id == id);
        var previous = await db.Updates.Include(u => u.Contacts).SingleAsync(u => u.Number == 654);
        Assert.Equal(UpdateStatus.Draft, update.Status);
        Assert.Equal(655, update.Number);
        Assert.Equal(previous.Intro, update.Intro);
        // Pre-ticked: last week's new items (their first carry-over) and reminders with an end date still to come.
        var expected = await db.UpdateItems.Where(i => i.UpdateId == previous.Id && (i.RemindUntil >= update.IssueDate
            || (i.RemindUntil == null && i.CarriedFromItemId == null && i.Section == ItemSection.News))).Select(i => i.Title).ToListAsync();
        Assert.NotEmpty(update.Items);
        Assert.Equal(expected.Order(StringComparer.Ordinal), update.Items.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.All(update.Items, carried =>
        {
            Assert.Equal(ItemSection.Reminder, carried.Section);
            Assert.NotNull(carried.CarriedFromItemId);
        });
        Assert.Equal(previous.Contacts.Count, update.Contacts.Count);
        Assert.NotEmpty(update.Meetings);
    }

    [Fact]
    public async Task A_reminder_past_its_remind_until_date_drops_off_by_itself()
    {
        using (var db = _factory.CreateDbContext())
        {
            var item = await db.UpdateItems.SingleAsync(i => i.Update!.Number == 654 && i.Title.StartsWith("Good decisions"));
            item.RemindUntil = new DateOnly(2025, 3, 27);
            await db.SaveChangesAsync();
        }

        var page = await _editor.GetPageAsync("/editor/updates/new");
        Assert.DoesNotContain(page.QuerySelectorAll(".checkboxes__label"), l => l.TextContent.Contains("Good decisions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_item_preview_renders_markdown_through_the_public_partial_and_saves_nothing()
    {
        var id = await StartAsync();
        var carried = await ItemCountAsync(id);
        var response = await _editor.SubmitAsync($"/editor/updates/{id}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "Children's social work workforce 2024",
            ["Body"] = "On 27 February DfE published [the workforce data](https://www.gov.uk/workforce).",
            ["Headlines"] = "- 13,400 child and family social workers\n- vacancy rate down to 18%\n<script>alert(1)</script>",
        }, submitValue: "preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        var preview = page.QuerySelector(".editor-preview-frame article.item")!;
        Assert.Equal("https://www.gov.uk/workforce", preview.QuerySelector(".prose a")!.GetAttribute("href"));
        Assert.Equal(2, preview.QuerySelectorAll("ul li").Length);
        Assert.Null(preview.QuerySelector("script"));

        Assert.Equal(carried, await ItemCountAsync(id));
    }

    [Fact]
    public async Task Items_are_added_reordered_and_removed()
    {
        var id = await StartAsync();
        await AddItemAsync(id, "First news item");
        await AddItemAsync(id, "Second news item");

        using (var db = _factory.CreateDbContext())
        {
            var titles = await db.UpdateItems.Where(i => i.UpdateId == id && i.Section == ItemSection.News).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync();
            Assert.Equal(["First news item", "Second news item"], titles);
        }

        var page = await _editor.GetPageAsync($"/editor/updates/{id}");
        var second = await ItemIdAsync(id, "Second news item");
        var move = await _editor.SubmitAsync(page, $"form[action='/editor/updates/{id}/items/{second}/move']");
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);

        using (var db = _factory.CreateDbContext())
        {
            var titles = await db.UpdateItems.Where(i => i.UpdateId == id && i.Section == ItemSection.News).OrderBy(i => i.Position).Select(i => i.Title).ToListAsync();
            Assert.Equal(["Second news item", "First news item"], titles);
        }

        page = await _editor.GetPageAsync($"/editor/updates/{id}");
        var remove = await _editor.SubmitAsync(page, $"form[action='/editor/updates/{id}/items/{second}/delete']");
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            Assert.False(await db.UpdateItems.AnyAsync(i => i.Id == second));
        }
    }

    [Theory]
    [InlineData("Title", "", "Title-error", "Enter a title")]
    [InlineData("Title", "TOO_LONG", "Title-error", "too long")]
    [InlineData("NewPublication.Url", "not a web address", "NewPublication_Url-error", "https://")]
    public async Task A_bad_item_gets_a_field_message_and_saves_nothing(string field, string value, string errorId, string message)
    {
        var id = await StartAsync();
        var carried = await ItemCountAsync(id);
        var values = new Dictionary<string, string?> { ["Title"] = "A fine title", ["NewPublication.Title"] = "Some report" };
        values[field] = value == "TOO_LONG" ? new string('x', 301) : value;
        var response = await _editor.SubmitAsync($"/editor/updates/{id}/items/new?section=News", "main form[method='post']", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains(message, page.QuerySelector("#" + errorId)?.TextContent ?? "(no message)", StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(carried, await ItemCountAsync(id));
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Publications.AnyAsync(p => p.Title == "Some report"));
    }

    [Fact]
    public async Task A_duplicate_update_number_is_refused_with_a_field_message()
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']", new() { ["Number"] = "654" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("already an Update no 654", page.QuerySelector("#Number-error")!.TextContent, StringComparison.Ordinal);
        using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.Updates.CountAsync(u => u.Number == 654));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("not a date")]
    [InlineData("")]
    public async Task An_impossible_issue_date_is_refused_with_a_field_message(string date)
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']", new() { ["IssueDate"] = date });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.NotNull(page.QuerySelector("#IssueDate-error"));
        using var db = _factory.CreateDbContext();
        Assert.False(await db.Updates.AnyAsync(u => u.Number == 655));
    }

    [Fact]
    public async Task A_meeting_whose_weekday_is_not_its_date_is_refused()
    {
        var id = await StartAsync();
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "AD Safeguarding").Select(n => n.Id).SingleAsync();
        }

        var before = await MeetingCountAsync();
        var response = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/meetings/new']", new()
        {
            ["NetworkId"] = networkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Date"] = "2025-06-06",
            ["Weekday"] = "Thursday",
            ["StartTime"] = "10:00",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("is a Friday, not a Thursday", page.QuerySelector("#Weekday-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await MeetingCountAsync());
    }

    [Fact]
    public async Task A_meeting_added_in_place_joins_the_directory_with_a_uid_and_the_update()
    {
        var id = await StartAsync();
        int networkId;
        using (var db = _factory.CreateDbContext())
        {
            networkId = await db.Networks.Where(n => n.Name == "AD Safeguarding").Select(n => n.Id).SingleAsync();
        }

        var response = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/meetings/new']", new()
        {
            ["NetworkId"] = networkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Date"] = "2099-06-05",
            ["Weekday"] = "Friday",
            ["StartTime"] = "10:00",
            ["Attendance"] = "InPerson",
            ["Place"] = "Central London",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var check = _factory.CreateDbContext();
        var meeting = await check.Meetings.SingleAsync(m => m.Date == new DateOnly(2099, 6, 5));
        Assert.EndsWith("@friday-update.seslip", meeting.Uid, StringComparison.Ordinal);
        var line = await check.EditionMeetings.SingleAsync(m => m.UpdateId == id && m.MeetingId == meeting.Id);
        Assert.Equal("Friday 5 June 2099, 10am, in person, Central London", line.Details);
    }

    [Fact]
    public async Task Drafts_are_invisible_to_readers_until_published_and_again_after_unpublishing()
    {
        var id = await StartAsync();
        await AddItemAsync(id, "Brand new research on kinship care");
        using var reader = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/updates/655")).StatusCode);
        Assert.DoesNotContain("Update no 655", await (await reader.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/updates/655", await (await reader.GetAsync("/updates")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preview = await _editor.GetPageAsync($"/editor/updates/{id}/preview");
        Assert.Equal("Update no 655", preview.QuerySelector("h1.update__title")!.TextContent.Trim());
        Assert.Contains(preview.QuerySelectorAll("article.item h3"), h => h.TextContent == "Brand new research on kinship care");

        var publish = await _editor.SubmitAsync(preview, $"form[action='/editor/updates/{id}/publish']");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmPublishAsync(id)).StatusCode);

        var home = EditorClient.Parse(await (await reader.GetAsync("/")).Content.ReadAsStringAsync());
        Assert.Equal("Update no 655", home.QuerySelector("h1.update__title")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/updates/655")).StatusCode);

        var unpublish = await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/draft']");
        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/updates/655")).StatusCode);
    }

    [Fact]
    public async Task Publishing_freezes_the_edition_copies_from_the_directory()
    {
        var id = await StartAsync();
        var page = await _editor.GetPageAsync($"/editor/updates/{id}");
        await _editor.SubmitAsync(page, $"form[action='/editor/updates/{id}/publish']");
        await ConfirmPublishAsync(id);

        using var db = _factory.CreateDbContext();
        var contact = await db.EditionContacts.Include(c => c.Contact).FirstAsync(c => c.UpdateId == id && c.ContactId != null);
        var shown = contact.Email;
        contact.Contact!.Email = "changed-later@example.org";
        await db.SaveChangesAsync();

        using var reader = _factory.CreateBrowser();
        var html = await (await reader.GetAsync("/updates/655")).Content.ReadAsStringAsync();
        Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.DoesNotContain("changed-later@example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_page_someone_changed_since_it_was_opened_publishes_nothing()
    {
        var id = await StartAsync();
        var stale = await _editor.GetPageAsync($"/editor/updates/{id}");
        await AddItemAsync(id, "Added in another tab");

        var publish = await _editor.SubmitAsync(stale, $"form[action='/editor/updates/{id}/publish']");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        using var db = _factory.CreateDbContext();
        Assert.Equal(UpdateStatus.Draft, (await db.Updates.SingleAsync(u => u.Id == id)).Status);
    }

    [Fact]
    public async Task Two_edits_from_the_same_form_show_a_conflict_with_both_versions_and_overwrite_nothing()
    {
        var id = await StartAsync();
        var itemId = await AddItemAsync(id, "Original title");
        var first = await _editor.GetPageAsync($"/editor/updates/{id}/items/{itemId}");
        var second = await _editor.GetPageAsync($"/editor/updates/{id}/items/{itemId}");

        var saved = await _editor.SubmitAsync(first, "main form[method='post']", new() { ["Title"] = "Title from the first editor" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var clash = await _editor.SubmitAsync(second, "main form[method='post']", new() { ["Title"] = "Title from the second editor" });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var conflict = await EditorClient.ReadPageAsync(clash);
        var table = conflict.QuerySelector(".editor-conflict-table")!.TextContent;
        Assert.Contains("Title from the first editor", table, StringComparison.Ordinal);
        Assert.Contains("Title from the second editor", table, StringComparison.Ordinal);
        Assert.Equal("Title from the second editor", conflict.QuerySelector("#Title")!.GetAttribute("value"));

        using (var db = _factory.CreateDbContext())
        {
            Assert.Equal("Title from the first editor", (await db.UpdateItems.SingleAsync(i => i.Id == itemId)).Title);
        }

        var merged = await _editor.SubmitAsync(conflict, "main form[method='post']", new() { ["Title"] = "Merged title" });
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        using (var db = _factory.CreateDbContext())
        {
            Assert.Equal("Merged title", (await db.UpdateItems.SingleAsync(i => i.Id == itemId)).Title);
        }
    }

    [Fact]
    public async Task Two_saves_of_the_update_details_from_the_same_page_conflict()
    {
        var id = await StartAsync();
        var first = await _editor.GetPageAsync($"/editor/updates/{id}");
        var second = await _editor.GetPageAsync($"/editor/updates/{id}");
        var form = $"form[action='/editor/updates/{id}']";

        Assert.Equal(HttpStatusCode.Redirect, (await _editor.SubmitAsync(first, form, new() { ["Intro"] = "Intro A" })).StatusCode);
        var clash = await _editor.SubmitAsync(second, form, new() { ["Intro"] = "Intro B" });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var text = (await EditorClient.ReadPageAsync(clash)).QuerySelector(".editor-conflict-table")!.TextContent;
        Assert.Contains("Intro A", text, StringComparison.Ordinal);
        Assert.Contains("Intro B", text, StringComparison.Ordinal);
        using var db = _factory.CreateDbContext();
        Assert.Equal("Intro A", (await db.Updates.SingleAsync(u => u.Id == id)).Intro);
    }

    [Fact]
    public async Task A_correction_to_a_published_item_needs_a_note_and_readers_see_it()
    {
        var id = await StartAsync();
        var itemId = await AddItemAsync(id, "Fostering report");
        await _editor.SubmitAsync($"/editor/updates/{id}", $"form[action='/editor/updates/{id}/publish']");
        await ConfirmPublishAsync(id);

        var noNote = await _editor.SubmitAsync($"/editor/updates/{id}/items/{itemId}", "main form[method='post']", new() { ["Title"] = "Fostering report 2025" });
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.NotNull((await EditorClient.ReadPageAsync(noNote)).QuerySelector("#CorrectionNote-error"));

        var corrected = await _editor.SubmitAsync($"/editor/updates/{id}/items/{itemId}", "main form[method='post']", new()
        {
            ["Title"] = "Fostering report 2025",
            ["CorrectionNote"] = "the report's year was missing",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        using var reader = _factory.CreateBrowser();
        var html = await (await reader.GetAsync("/updates/655")).Content.ReadAsStringAsync();
        Assert.Contains("Fostering report 2025", html, StringComparison.Ordinal);
        Assert.Contains("Corrected on", html, StringComparison.Ordinal);
        Assert.Contains("the report&#x27;s year was missing", html, StringComparison.Ordinal);

        using var db = _factory.CreateDbContext();
        var correction = await db.UpdateCorrections.SingleAsync(c => c.UpdateId == id);
        Assert.Contains("\"Fostering report\"", correction.PreviousContentJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_of_a_published_update_is_corrected_with_a_note_and_the_old_text_kept()
    {
        int id, lineId;
        using (var db = _factory.CreateDbContext())
        {
            id = await db.Updates.Where(u => u.Number == 654).Select(u => u.Id).SingleAsync();
            lineId = await db.EditionContacts.Where(c => c.UpdateId == id && c.Name == "Luke Ede").Select(c => c.Id).SingleAsync();
        }

        var path = $"/editor/updates/{id}/lines/contacts/{lineId}/correct";
        var noNote = await _editor.SubmitAsync(path, "main form[method='post']", new() { ["Phone"] = "01273 000000" });
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.NotNull((await EditorClient.ReadPageAsync(noNote)).QuerySelector("#CorrectionNote-error"));

        var corrected = await _editor.SubmitAsync(path, "main form[method='post']", new() { ["Phone"] = "01273 000000", ["CorrectionNote"] = "Luke Ede's number was wrong" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        using var reader = _factory.CreateBrowser();
        var html = await (await reader.GetAsync("/updates/654")).Content.ReadAsStringAsync();
        Assert.Contains("01273 000000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("07925 148597", html, StringComparison.Ordinal);
        Assert.Contains("Corrected on", html, StringComparison.Ordinal);
        using var check = _factory.CreateDbContext();
        Assert.Contains("07925 148597", (await check.UpdateCorrections.SingleAsync(c => c.UpdateId == id)).PreviousContentJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publication_added_in_place_joins_the_library_and_tools_and_templates()
    {
        var id = await StartAsync();
        var response = await _editor.SubmitAsync($"/editor/updates/{id}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "Workforce data",
            ["NewPublication.Title"] = "Children's social work workforce 2024",
            ["NewPublication.Publisher"] = "DfE",
            ["NewPublication.PublishedOn"] = "2025-02-27",
            ["NewPublication.Url"] = "https://www.gov.uk/workforce",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var preview = await _editor.GetPageAsync($"/editor/updates/{id}/preview");
        var first = preview.QuerySelector("#section-tools + ul li")!.TextContent;
        Assert.StartsWith("On 27 February", first, StringComparison.Ordinal);
        Assert.Contains("DfE published Children's social work workforce 2024", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publication_added_from_the_update_page_returns_to_its_line_and_an_empty_title_is_refused_with_a_message()
    {
        var id = await StartAsync();
        var form = $"main form[action='/editor/updates/{id}/publications/new']";
        var refused = await _editor.SubmitAsync($"/editor/updates/{id}", form, new() { ["NewPublication.Publisher"] = "DfE" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter the publication", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await _editor.SubmitAsync($"/editor/updates/{id}", form, new()
        {
            ["NewPublication.Title"] = "Family time: a practice guide",
            ["NewPublication.Publisher"] = "DfE",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Matches($@"^/editor/updates/{id}#line-publications-\d+$", added.Headers.Location!.OriginalString);

        using var db = _factory.CreateDbContext();
        Assert.True(await db.EditionPublications.AnyAsync(l => l.UpdateId == id && l.Publication!.Title == "Family time: a practice guide"));
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail()
    {
        var id = await StartAsync();
        await AddItemAsync(id, "Audited item");
        using var db = _factory.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.UserName == _editor.Email).Select(a => a.Action + " " + a.Summary).ToListAsync();
        Assert.Contains(entries, e => e.StartsWith("Created Update no 655", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("“Audited item” added", StringComparison.Ordinal));
    }

    private async Task<int> StartAsync()
    {
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The confirmation step "Publish now" leads to, and its publish button.</summary>
    private Task<HttpResponseMessage> ConfirmPublishAsync(int id) =>
        _editor.SubmitAsync($"/editor/updates/{id}/publish", $"main form[action='/editor/updates/{id}/publish']");

    private async Task<int> AddItemAsync(int updateId, string title)
    {
        var response = await _editor.SubmitAsync($"/editor/updates/{updateId}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = title,
            ["Body"] = "Some text with a [link](https://example.org/report).",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await ItemIdAsync(updateId, title);
    }

    private async Task<int> ItemCountAsync(int updateId)
    {
        using var db = _factory.CreateDbContext();
        return await db.UpdateItems.CountAsync(i => i.UpdateId == updateId);
    }

    private async Task<int> ItemIdAsync(int updateId, string title)
    {
        using var db = _factory.CreateDbContext();
        return await db.UpdateItems.Where(i => i.UpdateId == updateId && i.Title == title).Select(i => i.Id).SingleAsync();
    }

    private async Task<int> MeetingCountAsync()
    {
        using var db = _factory.CreateDbContext();
        return await db.Meetings.CountAsync();
    }
}
