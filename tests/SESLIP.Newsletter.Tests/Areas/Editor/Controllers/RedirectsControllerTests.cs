using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

public sealed class RedirectsControllerTests : IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admin_adds_edits_and_deletes_a_redirect_and_readers_see_each_change_at_once()
    {
        using var admin = await _factory.SignedInAsync(Roles.Admin);
        using var reader = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/about-us/")).StatusCode);

        var added = await admin.SubmitAsync("/editor/redirects/new", "main form[method=post]", new() { ["OldPath"] = "/About-Us/", ["NewPath"] = "/accessibility" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var moved = await reader.GetAsync("/about-us/");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/accessibility", moved.Headers.Location!.OriginalString);

        int id;
        await using (var db = _factory.CreateDbContext())
        {
            id = await db.Redirects.Where(r => r.OldPath == "/about-us").Select(r => r.Id).SingleAsync();
        }

        var list = await admin.GetPageAsync("/editor/redirects");
        Assert.NotNull(list.QuerySelector($"a[href='/editor/redirects/{id}']"));

        var edited = await admin.SubmitAsync($"/editor/redirects/{id}", "main form[method=post]", new() { ["NewPath"] = "/networks" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("/networks", (await reader.GetAsync("/about-us")).Headers.Location!.OriginalString);

        var deleted = await admin.SubmitAsync($"/editor/redirects/{id}/delete", "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/about-us/")).StatusCode);

        await using var check = _factory.CreateDbContext();
        Assert.Equal(["Created", "Updated", "Deleted"],
            await check.AuditEntries.Where(a => a.EntityType == "Redirect" && a.UserName == admin.Email).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task A_target_off_the_site_is_refused_with_a_message_and_nothing_is_saved(string target)
    {
        using var admin = await _factory.SignedInAsync(Roles.Admin);
        var response = await admin.SubmitAsync("/editor/redirects/new", "main form[method=post]", new() { ["OldPath"] = "/about-us/", ["NewPath"] = target });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await EditorClient.ReadPageAsync(response);
        Assert.Contains("Give a path on this site", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#NewPath-error"));

        await using var db = _factory.CreateDbContext();
        Assert.False(await db.Redirects.AnyAsync());
    }

    [Fact]
    public async Task The_same_old_address_twice_is_refused()
    {
        using var admin = await _factory.SignedInAsync(Roles.Admin);
        await admin.SubmitAsync("/editor/redirects/new", "main form[method=post]", new() { ["OldPath"] = "/about-us/", ["NewPath"] = "/accessibility" });
        var again = await admin.SubmitAsync("/editor/redirects/new", "main form[method=post]", new() { ["OldPath"] = "/ABOUT-US", ["NewPath"] = "/networks" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already redirects", (await EditorClient.ReadPageAsync(again)).QuerySelector("#OldPath-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_who_are_not_admins_cannot_manage_redirects()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var response = await editor.GetAsync("/editor/redirects");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
