using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Publishing;

public sealed class PublishChecksTests
{
    private static readonly DateOnly Issue2026 = new(2026, 3, 20);

    [Theory]
    [InlineData("Friday 6 June")]
    [InlineData("Fri 6th June")]
    [InlineData("Friday, 6 June 2026")]
    [InlineData("friday 6th of June")]
    public void A_weekday_that_does_not_match_its_date_is_found(string text)
    {
        var warning = Assert.Single(PublishChecks.WrongWeekdays($"Meet on {text} at 10am.", Issue2026));
        Assert.Contains("6 June 2026 is a Saturday", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Saturday 6 June")]
    [InlineData("Friday 6 June 2025")]
    [InlineData("Sat 6th June 2026")]
    [InlineData("on 6 June, a Friday")]
    public void A_weekday_that_matches_its_date_is_fine(string text) =>
        Assert.Empty(PublishChecks.WrongWeekdays(text, Issue2026));

    [Fact]
    public void The_seed_issue_years_date_is_used_when_the_text_gives_none()
    {
        // Update no 654 came out on Friday 21 March 2025; its AD Safeguarding meeting was on Friday 6 June 2025.
        Assert.Empty(PublishChecks.WrongWeekdays("Friday 6 June 10am", new DateOnly(2025, 3, 21)));
        Assert.Single(PublishChecks.WrongWeekdays("Thursday 6 June 10am", new DateOnly(2025, 3, 21)));
    }

    [Fact]
    public void A_date_early_next_year_is_read_as_next_years_in_a_December_issue() =>
        Assert.Empty(PublishChecks.WrongWeekdays("Friday 9 January", new DateOnly(2026, 12, 11)));

    [Fact]
    public void A_date_that_does_not_exist_is_found() =>
        Assert.Contains("has no 31st", Assert.Single(PublishChecks.WrongWeekdays("Monday 31 June", Issue2026)), StringComparison.Ordinal);

    [Theory]
    [InlineData("To read the report click here.")]
    [InlineData("The full report is out.")]
    [InlineData("Read more")]
    [InlineData("Guidance is available here.")]
    [InlineData("See [the guidance]().")]
    public void Link_words_with_no_address_are_found(string text) =>
        Assert.NotEmpty(PublishChecks.LinkTextsWithoutAddress(text));

    [Theory]
    [InlineData("Read [the full report](https://example.org/report).")]
    [InlineData("Click here: https://example.org/report")]
    [InlineData("Here is what the group agreed.")]
    public void Link_words_with_an_address_or_ordinary_prose_are_fine(string text) =>
        Assert.Empty(PublishChecks.LinkTextsWithoutAddress(text));

    [Fact]
    public async Task A_draft_is_checked_for_past_meetings_numbering_unknown_contacts_and_repeated_news()
    {
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        var last = TestUpdates.Create(101, new DateOnly(2025, 3, 14));
        var draft = TestUpdates.Create(103, new DateOnly(2025, 3, 21), UpdateStatus.Draft);
        draft.Items[0].Title = last.Items[0].Title;
        draft.Items[0].Body = last.Items[0].Body;
        draft.Items[0].Headlines = last.Items[0].Headlines;
        draft.Items[1].Body = "Places are limited: click here. For help contact Nobody Known.";
        var network = new Network { Name = "QA Network", Slug = "qa-network" };
        var past = new Meeting { Network = network, Date = new DateOnly(2025, 3, 7), Uid = MeetingUid.New() };
        draft.Meetings.Add(new EditionMeeting { Position = 3, NetworkName = "QA Network", Details = "Friday 7 March", Meeting = past, Network = network });
        using (var db = factory.CreateDbContext())
        {
            db.Contacts.Add(new Contact { Name = "Mark Evans", Slug = "mark-evans" });
            await db.SaveChangesAsync();
        }

        await TestUpdates.AddAsync(factory.CreateDbContext(), last, draft);

        List<PublishWarning> warnings;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var editions = scope.ServiceProvider.GetRequiredService<EditionBuilder>();
            var loaded = await editions.LoadAsync(draft.Id, tracking: false);
            warnings = await scope.ServiceProvider.GetRequiredService<PublishChecks>().CheckAsync(loaded!);
        }

        Assert.Contains(warnings, w => w.Where == "Update number" && w.Message.Contains("No 102 is missing", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Where == "Meeting line “QA Network”" && w.Message.Contains("Friday 7 March 2025", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("“Nobody Known”", StringComparison.Ordinal) && w.Where.Contains("(text)", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("Mark Evans", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("“click here”", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Where == $"News item “{last.Items[0].Title}”" && w.Message.Contains("exactly as it was in no 101", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Where.StartsWith("Reminder", StringComparison.Ordinal) && w.Message.Contains("exactly", StringComparison.Ordinal));
    }
}
