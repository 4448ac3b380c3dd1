using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>Whatever a form is sent, the answer is a page a person can act on: never a 500, never half a save.</summary>
public sealed class BadInputTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new();
    private EditorClient _editor = null!;
    private int _draft;

    public async Task InitializeAsync()
    {
        _editor = await _factory.SignedInAsync(Roles.Admin);
        var response = await _editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        _draft = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _editor.Dispose();
        _factory.Dispose();
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "/editor/updates/new", "main form[method='post']", "Number", "fifty-five" },
        { "/editor/updates/new", "main form[method='post']", "Intro", new string('x', 20_001) },
        { "{draft}", "form[action='{draft}']", "Layout", "Bogus" },
        { "{draft}", "form[action='{draft}']", "IssueDate", "2025-13-01" },
        { "{draft}", "form[action='{draft}/schedule']", "Schedule.Time", "25:99" },
        { "{draft}/items/new?section=News", "main form[method='post']", "Section", "Sideways" },
        { "{draft}/items/new?section=News", "main form[method='post']", "RemindUntil", "31/02/2025" },
        { "{draft}/items/new?section=News", "main form[method='post']", "PublicationId", "999999" },
        { "{draft}/items/new?section=News", "main form[method='post']", "Body", new string('y', 20_001) },
        { "/editor/contacts/new", "main form[method='post']", "OrganisationId", "999999" },
        { "/editor/publications/new", "main form[method='post']", "PublishedOn", "yesterday" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_value_gets_a_field_message_and_changes_nothing(string page, string form, string field, string value)
    {
        var before = await CountsAsync();
        var url = page.Replace("{draft}", $"/editor/updates/{_draft}", StringComparison.Ordinal);
        var values = new Dictionary<string, string?> { [field] = value };
        if (url.Contains("/items/new", StringComparison.Ordinal) && field != "Title")
        {
            values["Title"] = "A title";
        }

        if (url.Contains("/contacts/new", StringComparison.Ordinal) || url.Contains("/publications/new", StringComparison.Ordinal))
        {
            values["Name"] = "Someone";
            values["Title"] = "Something";
        }

        var response = await _editor.SubmitAsync(url, form.Replace("{draft}", $"/editor/updates/{_draft}", StringComparison.Ordinal), values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await EditorClient.ReadPageAsync(response);
        Assert.NotNull(html.QuerySelector(".error-summary"));
        Assert.NotEmpty(html.QuerySelectorAll(".error-message"));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("/editor/updates/999999/publish")]
    [InlineData("/editor/updates/999999/items/1")]
    [InlineData("/editor/updates/{draft}/items/999999/delete")]
    [InlineData("/editor/updates/{draft}/lines/meetings/999999/remove")]
    [InlineData("/editor/contacts/999999")]
    public async Task Posting_to_a_record_that_does_not_exist_answers_not_found(string path)
    {
        var token = (await _editor.GetPageAsync($"/editor/updates/{_draft}")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await _editor.Http.PostAsync(path.Replace("{draft}", _draft.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "1"), new("Title", "x")]));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Adding_nothing_from_a_list_says_so()
    {
        var response = await _editor.SubmitAsync($"/editor/updates/{_draft}", $"form[action='/editor/updates/{_draft}/lines/contacts/add']", new() { ["choice"] = "x" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await _editor.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Choose something", page.QuerySelector(".notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_reads_the_audit_trail()
    {
        var page = await _editor.GetPageAsync("/editor/audit?q=Update%20no%20655");
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.TextContent.Contains(_editor.Email, StringComparison.Ordinal) && r.TextContent.Contains("started as a draft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_users_command_is_a_verb_of_the_site()
    {
        var output = new StringWriter();
        var exit = await CommandLine.ExecuteAsync(_factory.Services, new CommandInvocation("users", ["list"], []), output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains(_editor.Email, output.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int, int, int, int, int)> CountsAsync()
    {
        using var db = _factory.CreateDbContext();
        return (await db.Updates.CountAsync(), await db.UpdateItems.CountAsync(), await db.Contacts.CountAsync(), await db.Publications.CountAsync(),
            await db.Updates.Where(u => u.Id == _draft).Select(u => u.Version).SingleAsync());
    }
}
