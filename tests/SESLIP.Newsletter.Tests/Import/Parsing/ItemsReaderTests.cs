using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class ItemsReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_every_item_title_of_update_654_in_order_and_section()
    {
        Assert.Equal(
        [
            "The educational journeys of children in secure settings",
            "The impact of school absence on lifetime earnings",
            "‘Disguised compliance’: NSPCC learning from case reviews",
            "Pathways into and through higher education for young people with experience of children’s social care",
            "YP who are NEET increased to 13.4% over the year to December 2024",
            "Good decisions: supporting children aged 16 and 17 who need help when they are homeless",
        ], Update654.Items.Select(i => i.Title));
        Assert.Equal(5, Update654.Items.Count(i => i.Section == ItemSection.News));
        Assert.Equal(ItemSection.Reminder, Update654.Items[^1].Section);
    }

    [Fact]
    public void Reads_every_item_title_of_update_454_in_order_and_section()
    {
        Assert.Equal(
        [
            "LGA webinar: “Support for care leavers – advice for corporate parents” Wed 23 June 10:00am",
            "Elective Home Education – SESLIP dialogue with DfE",
            "NICE consultation: guideline for looked after children and young people. Closes 15 June 2021",
            "Revised Admissions Code now published; effective 1 September 2021",
            "Education staff wellbeing charter",
            "Area SEND inspections and outcomes in England as at 31 March 2021",
            "Domestic Abuse Act",
            "The Innovate Project: a study to explore the prevention of child exploitation",
        ], Update454.Items.Select(i => i.Title));
        Assert.Equal(
            [ItemSection.News, ItemSection.News, ItemSection.News, ItemSection.News, ItemSection.News, ItemSection.Reminder, ItemSection.Reminder, ItemSection.Reminder],
            Update454.Items.Select(i => i.Section));
    }

    [Fact]
    public void Splits_headlines_layout_items_into_body_and_headlines()
    {
        var nspcc = Update654.Items[2];
        Assert.StartsWith("On 7 March NSPCC published ‘Disguised compliance’: learning from case reviews", nspcc.Body, StringComparison.Ordinal);
        Assert.Contains("Disguised compliance describes the behaviour", nspcc.Body, StringComparison.Ordinal);
        Assert.StartsWith("Case reviews highlight", nspcc.Headlines, StringComparison.Ordinal);
        Assert.Contains("- maintaining professional curiosity and reflective thinking", nspcc.Headlines, StringComparison.Ordinal);
        Assert.Equal("", nspcc.ActionRequired);
    }

    [Fact]
    public void Splits_programme_layout_items_into_update_and_action_required()
    {
        var webinar = Update454.Items[0];
        Assert.StartsWith("All councillors in unitary, county and district councils", webinar.Body, StringComparison.Ordinal);
        Assert.StartsWith("This session is specifically aimed at councillors", webinar.ActionRequired, StringComparison.Ordinal);
        // The speakers' lines were one paragraph with line breaks in the original.
        Assert.Contains("Confirmed speakers:\\\nBecca Williams, Advice and Support Officer, Become", webinar.ActionRequired, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_markup_so_imported_text_is_shown_not_interpreted()
    {
        const string text = """
            Update no 900 4th April 2025

            Updates

            An <script>alert(1)</script> item

            On 1 April DfE published [x](javascript:alert(1))

            Headlines

            <img src=x onerror=alert(1)> and *stars* and 1. not a list
            """;
        var parsed = LegacyParser.Parse(text);
        var item = Assert.Single(parsed.Items);
        Assert.Equal("An <script>alert(1)</script> item", item.Title);
        Assert.Contains(@"\[x\](javascript:alert(1))", item.Body, StringComparison.Ordinal);
        Assert.StartsWith(@"\<img src=x onerror=alert(1)\>", item.Headlines, StringComparison.Ordinal);
        Assert.Contains(@"\*stars\*", item.Headlines, StringComparison.Ordinal);
    }

    [Fact]
    public void An_issue_without_reminders_keeps_its_last_item_whole_where_the_meeting_dates_begin()
    {
        const string text = """
            Update no 901 11th April 2025

            Updates

            A report

            On 9 April DfE published A report

            Headlines

            The last line before the dates.

            Future dates for network meetings

            AD Education: 10:00am Friday 25 April 2025 London in-person.

            Contact Details
            """;
        var parsed = LegacyParser.Parse(text);

        var item = Assert.Single(parsed.Items);
        Assert.Contains("The last line before the dates.", item.Headlines, StringComparison.Ordinal);
        Assert.Single(parsed.Meetings);
        Assert.Empty(parsed.Notes);
    }
}
