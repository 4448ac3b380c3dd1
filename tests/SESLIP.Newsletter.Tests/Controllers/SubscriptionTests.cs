using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Controllers;

/// <summary>The reader's side of the e-mail list, over real HTTP with the site's mail going to a real SMTP server.</summary>
public sealed partial class SubscriptionTests : IAsyncLifetime, IDisposable
{
    // The data protector also checks expiry against the real clock, so the fake one starts at real time.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private TestSmtpServer _smtp = null!;
    private NewsletterFactory _factory = null!;

    public Task InitializeAsync()
    {
        _smtp = new TestSmtpServer();
        _factory = new NewsletterFactory { LoadDemoContent = false, ConfigureServices = s => s.AddSingleton<TimeProvider>(_clock) };
        _smtp.Configure(_factory);
        _factory.Settings["Newsletter:PublicBaseUrl"] = "https://fridayupdate.example";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_reader_subscribes_confirms_by_the_emailed_link_and_unsubscribes_in_one_click()
    {
        using var browser = _factory.CreateBrowser();
        var subscribed = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "  Reader@Example.ORG ", ["Name"] = "Ada Reader" });
        Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        Assert.Equal("/subscribe/check-your-email", subscribed.Headers.Location!.OriginalString);

        var confirmation = await _smtp.WaitForAsync("reader@example.org");
        Assert.Equal(SubscriberStatus.Pending, (await FindAsync("reader@example.org"))!.Status);
        var confirmUrl = Link(confirmation, "/subscribe/confirm/");
        Assert.StartsWith("https://fridayupdate.example/", confirmUrl, StringComparison.Ordinal);

        // Opening the link (as a mail scanner would) changes nothing; pressing its button confirms.
        var confirmPage = await browser.GetPageAsync(PathOf(confirmUrl));
        Assert.Equal(SubscriberStatus.Pending, (await FindAsync("reader@example.org"))!.Status);
        var confirmed = await browser.SubmitAsync(confirmPage, "main form");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("You are subscribed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var subscriber = (await FindAsync("reader@example.org"))!;
        Assert.Equal(SubscriberStatus.Confirmed, subscriber.Status);
        Assert.Equal("Ada Reader", subscriber.Name);

        // The same link cannot be used twice.
        var again = await browser.SubmitAsync(confirmPage, "main form");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // One-click unsubscribe as a mail program does it (RFC 8058): no cookies, no antiforgery token.
        var header = confirmation.Headers["List-Unsubscribe"] ?? "";
        Assert.Equal("List-Unsubscribe=One-Click", confirmation.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("<mailto:", header, StringComparison.Ordinal);
        var unsubscribeUrl = UnsubscribeHeader().Match(header).Groups[1].Value;
        using var mailProgram = _factory.CreateDefaultClient();
        var unsubscribed = await mailProgram.PostAsync(PathOf(unsubscribeUrl),
            new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);

        Assert.Null(await FindAsync("reader@example.org"));
        await using var db = _factory.CreateDbContext();
        Assert.True(await db.SuppressedAddresses.AnyAsync(a => a.EmailHash == EmailAddresses.Hash("reader@example.org")));
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(Subscriber)).ToListAsync();
        Assert.Equal(["Subscribe", "Confirm", "Delete"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("reader", a.UserName));
        Assert.DoesNotContain(audit, a => a.Summary.Contains("reader@", StringComparison.OrdinalIgnoreCase)
            || a.EntityId.Contains('@', StringComparison.Ordinal));

        // Unsubscribing twice is still unsubscribed.
        Assert.Equal(HttpStatusCode.OK, (await mailProgram.PostAsync(PathOf(unsubscribeUrl), new StringContent("List-Unsubscribe=One-Click"))).StatusCode);
    }

    [Fact]
    public async Task The_answer_is_the_same_for_a_new_and_an_already_subscribed_address()
    {
        await AddConfirmedAsync("known@example.org");
        using var browser = _factory.CreateBrowser();
        var known = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "known@example.org" });
        var unknown = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "unknown@example.org" });
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        // The confirmed reader is told they already are, with no confirmation link, and stays confirmed.
        var reminder = await _smtp.WaitForAsync("known@example.org");
        Assert.Contains("already", reminder.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("/subscribe/confirm/", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains("/subscription/", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal(SubscriberStatus.Confirmed, (await FindAsync("known@example.org"))!.Status);
    }

    [Fact]
    public async Task The_footer_form_on_a_cached_page_subscribes_without_an_antiforgery_token()
    {
        using var browser = _factory.CreateBrowser();
        var page = await browser.GetPageAsync("/accessibility");
        Assert.Null(page.QuerySelector("footer form input[name='__RequestVerificationToken']"));
        var response = await browser.SubmitAsync(page, "footer form", new() { ["Email"] = "footer@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await _smtp.WaitForAsync("footer@example.org");
    }

    [Fact]
    public async Task A_malformed_address_gets_a_message_and_nothing_is_saved()
    {
        using var browser = _factory.CreateBrowser();
        var response = await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "not an address" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("in the correct format", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = _factory.CreateDbContext();
        Assert.Equal(0, await db.Subscribers.CountAsync());
    }

    [Fact]
    public async Task Forged_and_expired_links_are_refused()
    {
        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/subscribe/confirm/forged-token")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/subscription/forged-token")).StatusCode);
        using var mailProgram = _factory.CreateDefaultClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await mailProgram.PostAsync("/unsubscribe/forged-token", new StringContent("List-Unsubscribe=One-Click"))).StatusCode);

        await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "late@example.org" });
        var confirmUrl = Link(await _smtp.WaitForAsync("late@example.org"), "/subscribe/confirm/");
        var page = await browser.GetPageAsync(PathOf(confirmUrl));
        _clock.Advance(TimeSpan.FromHours(73));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync(page, "main form")).StatusCode);
        Assert.Equal(SubscriberStatus.Pending, (await FindAsync("late@example.org"))!.Status);
    }

    [Fact]
    public async Task The_manage_link_changes_the_name()
    {
        await AddConfirmedAsync("named@example.org");
        using var browser = _factory.CreateBrowser();
        await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "named@example.org" });
        var manageUrl = Link(await _smtp.WaitForAsync("named@example.org"), "/subscription/");
        var saved = await browser.SubmitAsync(PathOf(manageUrl), "main form[action*='/subscription/']", new() { ["Name"] = "New Name" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("New Name", (await FindAsync("named@example.org"))!.Name);
    }

    [Fact]
    public async Task A_suppressed_address_stays_suppressed_until_it_confirms_again()
    {
        await using (var db = _factory.CreateDbContext())
        {
            db.SuppressedAddresses.Add(new SuppressedAddress { EmailHash = EmailAddresses.Hash("back@example.org"), AtUtc = DateTime.UtcNow, Reason = "unsubscribed" });
            await db.SaveChangesAsync();
        }

        using var browser = _factory.CreateBrowser();
        await browser.SubmitAsync("/subscribe", "main form", new() { ["Email"] = "back@example.org" });
        var confirmUrl = Link(await _smtp.WaitForAsync("back@example.org"), "/subscribe/confirm/");
        await using (var db = _factory.CreateDbContext())
        {
            Assert.Equal(1, await db.SuppressedAddresses.CountAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync(PathOf(confirmUrl), "main form")).StatusCode);
        await using (var db = _factory.CreateDbContext())
        {
            Assert.Equal(0, await db.SuppressedAddresses.CountAsync());
        }
    }

    private async Task<Subscriber?> FindAsync(string email)
    {
        await using var db = _factory.CreateDbContext();
        return await db.Subscribers.AsNoTracking().SingleOrDefaultAsync(s => s.Email == email);
    }

    private async Task AddConfirmedAsync(string email)
    {
        await using var db = _factory.CreateDbContext();
        db.Subscribers.Add(new Subscriber
        {
            Email = email, Status = SubscriberStatus.Confirmed, ConsentAtUtc = DateTime.UtcNow, ConsentSource = "test",
            CreatedAtUtc = DateTime.UtcNow, ConfirmedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static string Link(MimeMessage message, string path) =>
        (message.TextBody ?? "").Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Contains(path, StringComparison.Ordinal));

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [GeneratedRegex("<(https://[^>]+)>")]
    private static partial Regex UnsubscribeHeader();
}
