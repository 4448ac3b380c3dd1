using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

public sealed class CarryForwardTests
{
    [Theory]
    [InlineData("2025-03-24", null, "2025-03-28")]
    [InlineData("2025-03-28", null, "2025-03-28")]
    [InlineData("2025-03-29", null, "2025-04-04")]
    [InlineData("2025-03-24", "2025-03-21", "2025-03-28")]
    [InlineData("2025-03-24", "2025-03-28", "2025-04-04")]
    [InlineData("2025-03-24", "2025-04-04", "2025-04-11")]
    public void The_next_update_is_for_the_coming_Friday_unless_an_update_already_has_it(string today, string? latest, string expected)
    {
        var next = CarryForward.NextIssueDate(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture),
            latest is null ? null : DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public async Task Reminders_in_date_and_last_weeks_new_items_are_pre_ticked_but_an_endless_reminder_only_once()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        var last = TestUpdates.Create(654, new DateOnly(2025, 3, 21), newsItems: 2, reminderItems: 2);
        last.Items[1].RemindUntil = new DateOnly(2025, 3, 28);
        last.Items[1].Section = ItemSection.News;
        await TestUpdates.AddAsync(factory.CreateDbContext(), last);
        using (var db = factory.CreateDbContext())
        {
            // The second reminder was carried from the first news item, with no end date.
            var carried = db.UpdateItems.Single(i => i.UpdateId == last.Id && i.Title == "Reminder 2 of update 654");
            carried.CarriedFromItemId = db.UpdateItems.Single(i => i.UpdateId == last.Id && i.Title == "News 1 of update 654").Id;
            await db.SaveChangesAsync();
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var candidates = await scope.ServiceProvider.GetRequiredService<CarryForward>().CandidatesAsync(last.Id, new DateOnly(2025, 3, 28));
        bool Ticked(string title) => candidates.Single(c => c.Title == title).CarryByDefault;

        Assert.True(Ticked("News 1 of update 654"));        // new last week, no end date: its first carry-over
        Assert.True(Ticked("News 2 of update 654"));        // remind until the new issue date
        Assert.False(Ticked("Reminder 1 of update 654"));   // a reminder already, with no end date
        Assert.False(Ticked("Reminder 2 of update 654"));   // carried before, with no end date
    }
}
