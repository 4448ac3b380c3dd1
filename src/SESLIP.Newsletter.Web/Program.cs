using Microsoft.AspNetCore.Mvc;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.Import;
using SESLIP.Newsletter.Web.Redirects;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.PreviewLinks;
using SESLIP.Newsletter.Web.Rendering;
using SESLIP.Newsletter.Web.Search;
using SESLIP.Newsletter.Web.Security;
using SESLIP.Newsletter.Web.Services;

// A first argument such as `import` runs a command instead of the site (Infrastructure/CommandLine.cs).
var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArgs ?? args);

// Request lines up to 16 KB, so an over-long search reaches the app and gets its own 400 message.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 16 * 1024);
// Structured logs from the "Serilog" section: readable text in Development, compact JSON elsewhere.
builder.AddNewsletterLogging(toStandardError: command is not null);
// The one database: SQLite by default, SQL Server in production ("Database" section).
builder.Services.AddNewsletterDatabase(builder.Configuration, builder.Environment);
// The legacy plain-text importer (the `import` command and first-run demo content).
builder.Services.AddNewsletterImport();
// The one Markdown-to-safe-HTML path for pages, preview, feed and e-mail.
builder.Services.AddMarkdownRendering(builder.Configuration);
// Server-rendered pages on attribute-routed controllers.
builder.Services.AddControllersWithViews();
// Every bound string obeys the one text rule: control characters out, line breaks as newlines (docs/adr/0022).
builder.Services.Configure<MvcOptions>(CleanTextBinding.Register);
// HEAD answered wherever GET is, by one convention over every action (uptime monitors send HEAD).
builder.Services.Configure<MvcOptions>(HeadRequests.Register);
// X-Forwarded-For/Proto believed only from the known proxies in "ForwardedHeaders" (docs/deployment.md).
builder.Services.AddNewsletterHttps(builder.Configuration);
// Meetings, networks, publications and contacts pages, with their calendars and vCards.
builder.Services.AddDirectoryPages();
// Full-text search of updates and the directory through the database's own engine (FTS5 or SQL Server full-text).
builder.Services.AddSearch(builder.Configuration);
// Public pages rendered once and served from cache until a change evicts them; shared through Redis when configured.
builder.Services.AddPublicPageCache(builder.Configuration);
// Public pages compressed on the way out (Brotli or gzip); never editor or sign-in pages.
builder.Services.AddPageCompression();
// Liveness and readiness probes.
builder.Services.AddNewsletterHealthChecks();
// ProblemDetails for clients that ask for JSON; people get friendly error pages.
builder.Services.AddProblemDetails();
// Outgoing e-mail: SMTP through MailKit, or .eml files in App_Data/mail when no server is configured.
builder.Services.AddEmail(builder.Configuration, builder.Environment);
// Readers subscribe by e-mail with double opt-in; signed links to confirm, manage and unsubscribe in one click.
builder.Services.AddSubscriptions(builder.Configuration);
// The e-mail edition: each update rendered for e-mail, a durable outbox and its one background sender.
builder.Services.AddEmailSending(builder.Configuration);
// The editor area: Identity accounts, sign-in rate limit, Editor/Admin policies, antiforgery, scheduled publishing.
builder.Services.AddEditorArea(builder.Configuration);
// Background work on one instance at a time: leases in the database, taken over within a minute (docs/adr/0029).
builder.Services.AddLeases(builder.Configuration);
// The old site's addresses: the redirect table, held in memory, and the `redirects` command.
builder.Services.AddLegacyAddresses();
// Preview links: a draft shown to a reviewer without an account, by a revocable, expiring link (docs/adr/0036).
builder.Services.AddPreviewLinks(builder.Configuration);

var app = builder.Build();
// One warning at start on a runtime older than the patched one docs/deployment.md names.
app.WarnIfRuntimeUnpatched();

// Commands run against the migrated database and exit without starting the web server.
if (command is not null)
{
    return await CommandLine.RunAsync(app, command);
}

// Schema first, then the two demo issues when the database has no updates yet.
await app.MigrateIfConfiguredAsync();
await app.LoadDemoContentIfEmptyAsync();

// The reader's own address and scheme, from a known proxy only; first, so everything after sees them.
app.UseForwardedHeadersFromKnownProxies();
// A HEAD request runs like GET and its body is thrown away.
app.UseHeadWithoutBody();
// One log event per request, with its final status (outermost, so error pages re-executed inside count once).
app.UseNewsletterRequestLogging();
// Friendly 404/500 pages, never a stack trace outside Development.
app.UseFriendlyErrorPages();
// HSTS and HTTPS redirection outside Development.
app.UseHttpsOutsideDevelopment();
// Content-Security-Policy without inline script, nosniff, referrer policy, no framing.
app.UseSecurityHeaders();
// British dates and numbers whatever the server's locale (en-GB is the only culture).
app.UseRequestLocalization(localization => localization
    .SetDefaultCulture("en-GB").AddSupportedCultures("en-GB").AddSupportedUICultures("en-GB"));
app.UseRouting();
// Old site addresses no route matched (and WordPress /?p= links) answer 301 from the redirect table.
app.UseLegacyAddresses();
// Sign-in attempts per client address (429 with Retry-After), then who the user is and what they may do.
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// Compresses public pages as they leave; the cache below keeps the plain copy.
app.UsePageCompression();
// Serves cached public pages (after routing so endpoint policies apply).
app.UseOutputCache();
// /health/live and /health/ready.
app.MapNewsletterHealthChecks();
// CSS and images from wwwroot, precompressed, cached for a year under their content-hashed names.
app.MapNewsletterStaticFiles();
// Pages; WithStaticAssets lets asp-append-version link the content-hashed names.
app.MapControllers().WithStaticAssets();
// Anything else under /editor still needs an editor.
app.MapEditorArea();

await app.RunAsync();
return ExitCodes.Success;

public partial class Program;
