using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

public class LegacyParserTests
{
    private static readonly ParsedUpdate Update654 = LegacyParser.Parse(DemoContent.Read(DemoContent.Update654));
    private static readonly ParsedUpdate Update454 = LegacyParser.Parse(DemoContent.Read(DemoContent.Update454));

    [Fact]
    public void Reads_the_number_date_and_layout_of_both_headers()
    {
        Assert.Equal(654, Update654.Number);
        Assert.Equal(new DateOnly(2025, 3, 21), Update654.IssueDate);
        Assert.Equal(UpdateLayout.Headlines, Update654.Layout);

        Assert.Equal(454, Update454.Number);
        Assert.Equal(new DateOnly(2021, 5, 21), Update454.IssueDate);
        Assert.Equal(UpdateLayout.ProgrammeUpdate, Update454.Layout);
    }

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
    public void Reads_the_AD_Safeguarding_meeting_of_6_June_2025()
    {
        var meeting = Assert.Single(Update654.Meetings, m => m.NetworkName == "AD Safeguarding");
        Assert.Equal(new DateOnly(2025, 6, 6), meeting.Date);
        Assert.Equal(DayOfWeek.Friday, meeting.Date!.Value.DayOfWeek);
        Assert.Equal(new TimeOnly(10, 0), meeting.StartTime);
        Assert.Null(meeting.EndTime);
        Assert.Equal(Attendance.InPerson, meeting.Attendance);
        Assert.Equal("Central London", meeting.Place);
        Assert.Equal("Mark Evans", meeting.ContactName);
        Assert.Equal("Friday 6 June 10am in-person Central London", meeting.Details);
    }

    [Fact]
    public void Keeps_a_network_line_with_no_date_yet()
    {
        var earlyHelp = Assert.Single(Update654.Meetings, m => m.NetworkName == "Early Help");
        Assert.Null(earlyHelp.Date);
        Assert.Null(earlyHelp.StartTime);
        Assert.Equal("", earlyHelp.Details);
        Assert.Equal("Rebecca Eligon", earlyHelp.ContactName);
        Assert.Equal("More from Rebecca Eligon (contact details below)", earlyHelp.ContactText);
    }

    [Fact]
    public void Reads_times_ranges_online_meetings_and_email_contacts()
    {
        var send = Assert.Single(Update654.Meetings, m => m.NetworkName == "SEND SE19");
        Assert.Equal(new DateOnly(2025, 3, 26), send.Date);
        Assert.Equal(new TimeOnly(12, 0), send.StartTime);
        Assert.Equal(new TimeOnly(14, 0), send.EndTime);
        Assert.Equal(Attendance.Online, send.Attendance);
        Assert.Equal("sonia.dayal@sdsa.net", send.ContactEmail);
        Assert.Equal("SEND Strategic Leads", send.Note);

        var adEducation = Assert.Single(Update654.Meetings, m => m.NetworkName == "AD Education");
        Assert.Equal(new DateOnly(2025, 3, 21), adEducation.Date);
        Assert.Equal(new TimeOnly(10, 0), adEducation.StartTime);
        Assert.Equal("London", adEducation.Place);

        var qa = Assert.Single(Update454.Meetings, m => m.NetworkName == "QA Network");
        Assert.Equal(new TimeOnly(14, 0), qa.StartTime);
        Assert.Equal(new TimeOnly(17, 0), qa.EndTime);
        Assert.Equal("Sally Hickman", qa.ContactName);
    }

    [Fact]
    public void Survives_the_typos_of_the_originals()
    {
        // "28 March 20-1": the year is unreadable, so it is inferred and reported.
        var leadMembers = Assert.Single(Update654.Meetings, m => m.NetworkName == "Lead Members Group");
        Assert.Equal(new DateOnly(2025, 3, 28), leadMembers.Date);
        Assert.Contains(Update654.Notes, n => n.Line == 95 && n.Message.Contains("20-1", StringComparison.Ordinal));

        // "7 MarchNSPCC": the missing space does not lose the publisher.
        var nspcc = Update654.Tools.Single(t => t.Text.StartsWith("On 7 MarchNSPCC", StringComparison.Ordinal));
        Assert.Equal("NSPCC", nspcc.Publication!.Publisher);
        Assert.Equal(new DateOnly(2025, 3, 7), nspcc.Publication.Date);
        Assert.Equal("‘Disguised compliance’: learning from case reviews", nspcc.Publication.Title);
        Assert.Equal("On 7 MarchNSPCC published ‘Disguised compliance’: learning from case reviews", nspcc.Text);

        // "Oftsed" is kept as the publisher's name was written.
        Assert.Contains(Update654.Tools, t => t.Publication?.Publisher == "Oftsed");

        // "AD EducationFriday 18 June": the network's name is recovered.
        Assert.Contains(Update454.Meetings, m => m.NetworkName == "AD Education" && m.Date == new DateOnly(2021, 6, 18) && m.StartTime == new TimeOnly(10, 30));

        // "26 March 202": an unreadable year is inferred from the issue's date.
        Assert.Contains(Update454.Tools, t => t.Publication?.Title.StartsWith("Improving families", StringComparison.Ordinal) == true && t.Publication.Date == new DateOnly(2021, 3, 26));
    }

    [Fact]
    public void Infers_the_year_of_publication_dates_from_the_issue_date()
    {
        var coram = Update654.Tools.Single(t => t.Publication?.Publisher == "Coram").Publication!;
        Assert.Equal(new DateOnly(2024, 12, 29), coram.Date);
        Assert.Equal("The Door is Still Closed", coram.Title);

        var commissioner = Update654.Tools.Single(t => t.Publication?.Title == "The educational journeys of children in secure settings").Publication!;
        Assert.Equal(new DateOnly(2025, 2, 27), commissioner.Date);
        Assert.Equal("Children’s Commissioner", commissioner.Publisher);
        Assert.Equal("the Children’s Commissioner", commissioner.PublisherText);
    }

    [Fact]
    public void Reads_both_publication_line_forms_and_their_documents()
    {
        var ofsted = Update454.Tools.Single(t => t.Publication?.Title == "Area SEND inspections and outcomes in England as at 31 March 2021").Publication!;
        Assert.Equal("Ofsted", ofsted.Publisher);
        Assert.Equal(new DateOnly(2021, 5, 7), ofsted.Date);

        var adcs = Update654.Tools.Single(t => t.Publication?.Publisher == "ADCS").Publication!;
        Assert.Equal("Safeguarding Pressures Phase 9", adcs.Title);
        Assert.Equal([new ParsedDocument("The full report", "pdf", 91), new ParsedDocument("The summary briefing", "pdf", 2)], adcs.Documents);

        var taso = Update654.Items[3].Publication!;
        Assert.Equal([new ParsedDocument("A summary", "pdf", 4), new ParsedDocument("The full report", "pdf", 35)], taso.Documents);

        Assert.Equal("Foundations", Update654.Tools.Single(t => t.Text.Contains("Foundations (previously", StringComparison.Ordinal)).Publication!.Publisher);
    }

    [Fact]
    public void Keeps_tools_lines_without_a_publisher_as_text_and_reports_them()
    {
        var first = Update654.Tools[0];
        Assert.Null(first.Publication);
        Assert.Equal("We have produced a Regional Improvement Plan (June 2024)", first.Text);
        Assert.Contains(Update654.Notes, n => n.Line == first.Line);
        Assert.Equal(29, Update654.Tools.Count);
        Assert.Equal(22, Update454.Tools.Count);
    }

    [Fact]
    public void Reads_contact_blocks_with_optional_phone_lines()
    {
        var richard = Assert.Single(Update654.Contacts, c => c.Name == "Richard Tyndall");
        Assert.Equal("SESLI Programme Manager", richard.Roles);
        Assert.Equal("South East Sector-Led Improvement Programme", richard.Organisation);
        Assert.Equal("richard.tyndall@richardtyndall.co.uk", richard.Email);
        Assert.Equal("07880 787007", richard.Phone);

        var daryl = Assert.Single(Update654.Contacts, c => c.Name == "Daryl Perilli");
        Assert.Equal("", daryl.Phone);

        Assert.Contains(Update654.Contacts, c => c.Name == "Philip (Phil) Simpkins" && c.Organisation == "LGA");
        Assert.Contains(Update654.Contacts, c => c.Name == "Cindy Mukombegumi" && c.Organisation == "NHS England (South East)");
        Assert.Contains(Update454.Contacts, c => c.Name == "Amanda Meadows" && c.Organisation == "Hampshire");
        Assert.DoesNotContain(Update654.Contacts, c => c.Name == "Amanda Meadows");
        Assert.Equal(18, Update654.Contacts.Count);
        Assert.Equal(11, Update454.Contacts.Count);
    }

    [Fact]
    public void Reads_the_intro_without_page_furniture()
    {
        Assert.StartsWith("If you have any news that you would like included in our Friday Update", Update654.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain("Three children", Update654.Intro, StringComparison.Ordinal);
        Assert.StartsWith("If you would like to know more about these workstreams", Update454.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain("[…]", Update454.Intro, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("")]
    [InlineData("Hello, this is not a Friday Update")]
    [InlineData("Update no 12 31st February 2025")]
    public void Refuses_a_file_without_a_valid_header(string text)
    {
        var ex = Assert.Throws<ImportFormatException>(() => LegacyParser.Parse(text));
        Assert.Equal(1, ex.Line);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void Reports_lines_it_cannot_place_with_their_line_numbers()
    {
        const string text = "Update no 901 11th April 2025\n\nUpdates\n\nA stray line with no item\n\nContact Details\n\nnot a contact line at all";
        var parsed = LegacyParser.Parse(text);
        Assert.Contains(parsed.Notes, n => n.Line == 5 && n.Text == "A stray line with no item");
        Assert.Contains(parsed.Notes, n => n.Line == 9);
    }
}
