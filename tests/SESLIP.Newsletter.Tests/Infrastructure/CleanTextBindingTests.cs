using System.Net;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Text typed into any form obeys the one text rule before an action sees it.</summary>
public sealed class CleanTextBindingTests
{
    [Fact]
    public async Task An_item_pasted_from_Word_is_saved_with_newlines_and_without_control_characters()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        using var editor = await factory.SignedInAsync(Roles.Admin);
        var created = await editor.SubmitAsync("/editor/updates/new", "main form[method='post']");
        var draft = created.Headers.Location!.OriginalString;

        var response = await editor.SubmitAsync($"{draft}/items/new?section=News", "main form[method='post']", new()
        {
            ["Title"] = "Shift\u0001 and\u0011 enter\u009F",
            ["Body"] = "Line one\u000BLine two\r\nLine three\u000E",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var db = factory.CreateDbContext();
        var item = await db.UpdateItems.SingleAsync();
        Assert.Equal("Shift and enter", item.Title);
        Assert.Equal("Line one\nLine two\nLine three", item.Body);
    }
}
