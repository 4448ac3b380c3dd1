using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.BrowserTests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.BrowserTests.Areas.Editor.Views;

/// <summary>The e-mail block of an update's editor page (progress, test, pause, resume) and the page that confirms
/// a second send, in a real browser with axe-core, on update no 654 part-way through a paused send.</summary>
[Collection(EditorSite.Name)]
public sealed class SendingPanelTests(EditorSiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task The_update_page_with_its_sending_controls_and_progress_is_accessible_at_both_widths_and_by_keyboard()
    {
        var id = await ArrangePausedSendAsync();
        var state = await Site.SignedInAsync(EditorSiteFixture.EditorEmail, EditorSiteFixture.Password);
        foreach (var width in new[] { Viewport.DesktopWidth, Viewport.PhoneWidth })
        {
            var page = await NewPageAsync(width, state);
            var response = await page.GotoAsync($"/editor/updates/{id}");
            Assert.True(response?.Status == 200, $"The update page answered {response?.Status}");
            var progress = page.Locator("#sending-progress");
            await Expect(progress).ToContainTextAsync("Paused");
            await Expect(progress.Locator(".summary-list__row", new() { HasText = "Sent" })).ToContainTextAsync("3");
            await PageChecks.AssertNoAxeViolationsAsync(page);
            await PageChecks.AssertNoHorizontalScrollAsync(page);
            ProblemsOn(page).AssertNone();
            if (width == Viewport.DesktopWidth)
            {
                // The whole page has date fields, which the shared keyboard check cannot walk (see
                // EditorWeekTests); the sending controls are held to the same rule: reached by Tab, focus visible.
                await AssertReachedByTabAsync(page, ["Send a test to me", "Resume sending"]);
            }
        }
    }

    [Fact]
    public async Task The_page_confirming_a_second_send_is_accessible_at_both_widths_and_by_keyboard()
    {
        var id = await ArrangePausedSendAsync();
        var state = await Site.SignedInAsync(EditorSiteFixture.EditorEmail, EditorSiteFixture.Password);
        foreach (var width in new[] { Viewport.DesktopWidth, Viewport.PhoneWidth })
        {
            var page = await NewPageAsync(width, state);
            var response = await page.GotoAsync($"/editor/updates/{id}/sending/again");
            Assert.True(response?.Status == 200, $"The confirmation page answered {response?.Status}");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, send it again" })).ToBeVisibleAsync();
            await PageChecks.AssertNoAxeViolationsAsync(page);
            await PageChecks.AssertNoHorizontalScrollAsync(page);
            ProblemsOn(page).AssertNone();
            if (width == Viewport.DesktopWidth)
            {
                await PageChecks.AssertKeyboardNavigableAsync(page);
            }
        }
    }

    /// <summary>Presses Tab from the top of the page until each named control of the e-mail block has had focus,
    /// and checks each showed it.</summary>
    private static async Task AssertReachedByTabAsync(IPage page, string[] names)
    {
        var reached = new Dictionary<string, bool>();
        for (var presses = 0; presses < 300 && reached.Count < names.Length; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<JsonElement>(
                """
                () => {
                    const el = document.activeElement;
                    if (!el || !el.closest('section[aria-labelledby="sending-heading"]')) return null;
                    const s = getComputedStyle(el);
                    return { name: el.textContent.trim(), visible: el.matches(':focus-visible') && (s.outlineStyle !== 'none' || s.boxShadow !== 'none') };
                }
                """);
            if (focus.ValueKind != JsonValueKind.Null && names.Contains(focus.GetProperty("name").GetString()))
            {
                reached[focus.GetProperty("name").GetString()!] = focus.GetProperty("visible").GetBoolean();
            }
        }

        Assert.All(names, n => Assert.True(reached.ContainsKey(n), $"Tab never reached \"{n}\" in the e-mail block."));
        Assert.All(reached, r => Assert.True(r.Value, $"\"{r.Key}\" shows no visible focus."));
    }

    /// <summary>Update no 654 sent once: three delivered, one refused, two held by a pause (the sender leaves
    /// paused rows alone, so the page stays as arranged).</summary>
    private async Task<int> ArrangePausedSendAsync()
    {
        await using var db = Site.Factory.CreateDbContext();
        var id = await db.Updates.Where(u => u.Number == 654).Select(u => u.Id).SingleAsync();
        if (!await db.OutboxMessages.AnyAsync(m => m.UpdateId == id))
        {
            var now = DateTime.UtcNow;
            var statuses = new[] { OutboxStatus.Sent, OutboxStatus.Sent, OutboxStatus.Sent, OutboxStatus.Failed, OutboxStatus.Paused, OutboxStatus.Paused };
            db.OutboxMessages.AddRange(statuses.Select((status, i) => new OutboxMessage
            {
                UpdateId = id,
                Round = 1,
                SubscriberId = 900_001 + i,
                Email = $"arranged{i}@example.org",
                MessageId = $"update-654.arranged-{i}@seslip.example",
                Status = status,
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
                SentAtUtc = status == OutboxStatus.Sent ? now : null,
                ServerAnswer = status == OutboxStatus.Failed ? "550 No such mailbox" : null,
            }));
            await db.SaveChangesAsync();
        }

        return id;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
