using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Security;

/// <summary>Data Protection keys live in the database: whatever one instance signs or encrypts, another on the same
/// database reads (docs/adr/0029-leases-for-background-work.md).</summary>
public sealed class SharedKeysTests(SharedKeysTests.Site site) : IClassFixture<SharedKeysTests.Site>
{
    public sealed class Site : IDisposable
    {
        public TwoInstances Instances { get; } = new();

        public void Dispose() => Instances.Dispose();
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_is_accepted_by_the_other()
    {
        using var onA = await site.Instances.A.SignedInAsync();
        using var onB = site.Instances.B.CreateBrowser();
        onB.Cookies.Add(onA.Cookies.GetCookies(onA.Http.BaseAddress!));

        var page = await onB.GetAsync("/editor/updates/new");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = site.Instances.B.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task A_form_from_one_instance_is_accepted_when_posted_to_the_other()
    {
        using var onA = await site.Instances.A.SignedInAsync();
        var form = await onA.GetPageAsync("/editor/updates/new");
        using var onB = site.Instances.B.CreateBrowser();
        onB.Cookies.Add(onA.Cookies.GetCookies(onA.Http.BaseAddress!));

        var response = await onB.SubmitAsync(form, "main form[method='post']");

        // A rejected antiforgery token answers 400; the new update's page is a redirect.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/editor/updates/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_an_earlier_version_kept_in_a_folder_still_open_what_they_protected()
    {
        var folder = Path.Combine(Path.GetTempPath(), "seslip-tests", Guid.NewGuid().ToString("n"), "keys");
        var before = DataProtectionProvider.Create(new DirectoryInfo(folder),
            o => o.SetApplicationName(EditorAreaSetup.DataProtectionApplicationName));
        var token = before.CreateProtector("test").Protect("signed before the move");
        using var site = new NewsletterFactory { LoadDemoContent = false };
        site.Settings["Security:KeysDirectory"] = folder;

        var protection = site.Services.GetRequiredService<IDataProtectionProvider>();

        Assert.Equal("signed before the move", protection.CreateProtector("test").Unprotect(token));
        await using var db = site.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }
}
