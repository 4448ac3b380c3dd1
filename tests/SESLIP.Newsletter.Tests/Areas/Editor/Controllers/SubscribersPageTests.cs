using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

public sealed class SubscribersPageTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Importing_adds_rows_with_consent_as_confirmed_and_lists_each_refused_row_by_line()
    {
        await using (var db = _factory.CreateDbContext())
        {
            db.SuppressedAddresses.Add(new SuppressedAddress { EmailHash = EmailAddresses.Hash("gone@example.org"), AtUtc = DateTime.UtcNow, Reason = "unsubscribed" });
            await db.SaveChangesAsync();
        }

        using var admin = await _factory.SignedInAsync(Roles.Admin);
        var csv = """
            address,name,consent date
            first@example.org,"Smith, Jo",2023-05-01
            no-consent@example.org,Nobody,
            not an address,Someone,2023-05-01
            GONE@example.org,Gone,01/02/2022
            second@example.org,,31/12/2021
            first@example.org,Again,2023-05-01
            """;
        var page = await ImportAsync(admin, csv, "old-list.csv");
        var text = page.Body!.TextContent;
        Assert.Contains("2 subscribers were added", text, StringComparison.Ordinal);
        var refused = page.QuerySelectorAll("tbody tr").Select(r => (Line: r.Children[0].TextContent, Reason: r.Children[1].TextContent)).ToList();
        Assert.Equal(["3", "4", "5", "7"], refused.Select(r => r.Line));
        Assert.Contains("no consent date", refused[0].Reason, StringComparison.Ordinal);
        Assert.Contains("is not an e-mail address", refused[1].Reason, StringComparison.Ordinal);
        Assert.Contains("unsubscribed", refused[2].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", refused[3].Reason, StringComparison.Ordinal);

        await using var check = _factory.CreateDbContext();
        var added = await check.Subscribers.OrderBy(s => s.Email).ToListAsync();
        Assert.Equal(["first@example.org", "second@example.org"], added.Select(s => s.Email));
        Assert.All(added, s => Assert.Equal(SubscriberStatus.Confirmed, s.Status));
        Assert.StartsWith("imported from old-list.csv on ", added[0].ConsentSource, StringComparison.Ordinal);
        Assert.Equal("Smith, Jo", added[0].Name);
        Assert.Equal(new DateTime(2021, 12, 31, 0, 0, 0, DateTimeKind.Utc), added[1].ConsentAtUtc);
        Assert.DoesNotContain(await check.AuditEntries.ToListAsync(), a => a.Summary.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_escapes_cells_that_a_spreadsheet_would_run()
    {
        await using (var db = _factory.CreateDbContext())
        {
            db.Subscribers.Add(new Subscriber
            {
                Email = "formula@example.org", Name = "=HYPERLINK(\"http://evil\",\"x\")", Status = SubscriberStatus.Confirmed,
                ConsentAtUtc = DateTime.UtcNow, ConsentSource = "test", CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var admin = await _factory.SignedInAsync(Roles.Admin);
        var response = await admin.GetAsync("/editor/subscribers/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var records = Csv.Read(new StringReader(await response.Content.ReadAsStringAsync())).ToList();
        Assert.Equal("address", records[0].Fields[0].TrimStart('\uFEFF'));
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"x\")", records[1].Fields[1]);
    }

    [Fact]
    public async Task An_admin_sees_counts_searches_and_removes_a_subscriber_who_is_then_suppressed()
    {
        await using (var db = _factory.CreateDbContext())
        {
            foreach (var (email, status) in new[] { ("a@example.org", SubscriberStatus.Confirmed), ("b@example.org", SubscriberStatus.Pending) })
            {
                db.Subscribers.Add(new Subscriber { Email = email, Status = status, ConsentAtUtc = DateTime.UtcNow, ConsentSource = "test", CreatedAtUtc = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        using var admin = await _factory.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/editor/subscribers?q=b@");
        Assert.Equal(["1", "1", "0"], page.QuerySelectorAll(".summary-list__value").Select(d => d.TextContent));
        Assert.Single(page.QuerySelectorAll("tbody tr"));
        var removed = await admin.SubmitAsync(page, "tbody form");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        await using var check = _factory.CreateDbContext();
        Assert.False(await check.Subscribers.AnyAsync(s => s.Email == "b@example.org"));
        Assert.True(await check.SuppressedAddresses.AnyAsync(s => s.EmailHash == EmailAddresses.Hash("b@example.org")));
    }

    [Fact]
    public async Task An_editor_cannot_see_the_subscribers()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var response = await editor.GetAsync("/editor/subscribers");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> ImportAsync(EditorClient admin, string csv, string fileName)
    {
        var form = await admin.GetPageAsync("/editor/subscribers/import");
        var token = form.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
        };
        var response = await admin.Http.PostAsync("/editor/subscribers/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EditorClient.ReadPageAsync(response);
    }
}
