using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class TextDatesTests
{
    private static readonly DateOnly Issue = new(2025, 3, 21);

    [Theory]
    [InlineData("Please reply by 18 April.", "2025-04-18")]
    [InlineData("Send it before 30 May 2025", "2025-05-30")]
    [InlineData("deadline: 4 July", "2025-07-04")]
    [InlineData("Book by Friday 6 June", "2025-06-06")]
    [InlineData("Return by the 18th of April", "2025-04-18")]
    [InlineData("Apply by 2 Sept.", "2025-09-02")]
    public void Finds_the_dates_an_action_is_due_by(string text, string expected) =>
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], TextDates.Deadlines(text, Issue));

    [Fact]
    public void A_date_without_a_year_is_its_next_occurrence_on_or_after_the_issue_date()
    {
        Assert.Equal([new DateOnly(2026, 1, 9)], TextDates.Deadlines("by 9 January", new DateOnly(2025, 12, 12)));
        Assert.Equal([Issue], TextDates.Deadlines("by 21 March", Issue));
        Assert.Equal([new DateOnly(2026, 3, 20)], TextDates.Deadlines("by 20 March", Issue));
    }

    [Fact]
    public void Several_dates_are_offered_soonest_first_without_repeats_and_past_or_impossible_dates_are_left_out() =>
        Assert.Equal(
            [new DateOnly(2025, 4, 18), new DateOnly(2025, 5, 30)],
            TextDates.Deadlines("Reply by 30 May; the survey closes 18 April (and again 18 April). It opened 1 March 2025. Not 31 June.", Issue));

    [Fact]
    public void Text_without_dates_offers_nothing()
    {
        Assert.Empty(TextDates.Deadlines("Please share with your teams.", Issue));
        Assert.Empty(TextDates.Deadlines(null, Issue));
    }

    [Fact]
    public void Mentions_keep_the_words_the_weekday_and_the_year_written()
    {
        var mention = Assert.Single(TextDates.Mentions("Meet on Thu 5 June 2025 at 10am."));

        Assert.Equal(new TextDate("Thu 5 June 2025", DayOfWeek.Thursday, 5, 6, 2025), mention);
    }

    [Fact]
    public void How_far_off_a_date_is_reads_as_a_person_would_say_it()
    {
        Assert.Equal("today", Dates.FromToday(Issue, Issue));
        Assert.Equal("tomorrow", Dates.FromToday(Issue.AddDays(1), Issue));
        Assert.Equal("in 3 days", Dates.FromToday(Issue.AddDays(3), Issue));
        Assert.Equal("2 days ago", Dates.FromToday(Issue.AddDays(-2), Issue));
    }
}
