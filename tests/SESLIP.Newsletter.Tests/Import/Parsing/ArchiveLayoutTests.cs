using SESLIP.Newsletter.Tests.Import.Fixtures;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

/// <summary>One invented issue per archive layout, read item by item.</summary>
public class ArchiveLayoutTests
{
    [Fact]
    public void Reads_layout_a_with_programme_labels_and_a_wrapped_title()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.LayoutA);

        Assert.Equal((ArchiveLayout.A, 441, new DateOnly(2021, 2, 19)), (parsed.SourceLayout, parsed.Number, parsed.IssueDate));
        Assert.Equal(["Regional adoption agencies: spring peer review", "Kinship care survey closes 12 March 2021"], parsed.Items.Select(i => i.Title));
        Assert.Equal("Three regional adoption agencies have agreed to take part in a peer review this spring.\n\nThe review will look at matching timescales and support after adoption.", parsed.Items[0].Body);
        Assert.Equal("Nominate a reviewer by Friday 5 March. More from Rebecca Eligon (contact details below)", parsed.Items[0].ActionRequired);
        Assert.Equal("The survey asks kinship carers about the support they receive:\n\n- financial allowances\n- training and peer groups", parsed.Items[1].Body);
        Assert.StartsWith("If you would like to know more", parsed.Intro, StringComparison.Ordinal);
        Assert.False(parsed.EndedEarly);
    }

    [Fact]
    public void Reads_layout_b_titles_by_the_blank_lines_around_them_and_action_inside_a_numbered_list()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.LayoutB);

        Assert.Equal((ArchiveLayout.B, 377, new DateOnly(2019, 11, 8)), (parsed.SourceLayout, parsed.Number, parsed.IssueDate));
        Assert.Equal(UpdateLayout.ProgrammeUpdate, parsed.Layout);
        Assert.Equal(
        [
            "Regional fostering recruitment campaign goes live",
            "Quality Assurance Network – next meeting Friday 24 January 2020. Please note the change of date.",
            "Social work health check: results for the South East 2019",
        ], parsed.Items.Select(i => i.Title));
        Assert.Equal("Councils across the region launched a joint campaign this week to recruit foster carers.\n\nThe campaign runs until the end of January and uses a shared website.", parsed.Items[0].Body);
        Assert.StartsWith("Share the campaign pack", parsed.Items[0].ActionRequired, StringComparison.Ordinal);
        Assert.EndsWith("1. Welcome and introductions\n2. Findings from the autumn audits", parsed.Items[1].Body, StringComparison.Ordinal);
        Assert.Equal("3. Bring one audit tool you use\n4. Next meeting", parsed.Items[1].ActionRequired);
        Assert.Equal("The annual health check received 1,204 responses from the region.\n\n- workload remains the main concern\n- most staff feel well supported by their managers", parsed.Items[2].Body);
        Assert.Equal("Read the regional summary here.", parsed.Items[2].ActionRequired);
        Assert.StartsWith("If you have any news", parsed.Intro, StringComparison.Ordinal);
        Assert.DoesNotContain("[…]", parsed.Intro, StringComparison.Ordinal);
        Assert.Contains(parsed.Notes, n => n.IsGuess && n.Line == 29);
        Assert.Single(parsed.Tools);
        Assert.Single(parsed.Contacts);
    }

    [Fact]
    public void Reads_layout_c_items_after_the_intro_with_no_updates_line_whatever_the_verb()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.LayoutC);

        Assert.Equal((ArchiveLayout.C, 565, new DateOnly(2023, 7, 14)), (parsed.SourceLayout, parsed.Number, parsed.IssueDate));
        Assert.Equal(["Early help data pilot: first findings", "Regional conference on family hubs", "Podcast: voices of young carers"], parsed.Items.Select(i => i.Title));
        Assert.Equal("If you have any news that you would like included in our Friday Update, please contact Richard Tyndall (details below)\n\nOur Impact Report published in March 2023 can be found here", parsed.Intro);
        var pilot = parsed.Items[0];
        Assert.Equal("On 2 July the Example Research Trust published Early help data pilot: first findings", pilot.Body);
        Assert.Equal("Example Research Trust", pilot.Publication?.Publisher);
        Assert.StartsWith("Key Findings\n\n- Most families were referred by schools\n- Half of the families", pilot.Headlines, StringComparison.Ordinal);
        Assert.EndsWith("Next steps\n\nThe trust will publish a full evaluation in the spring.", pilot.Headlines, StringComparison.Ordinal);
        Assert.Equal("Book your places by 1 September. More from Jane Example (contact details below)", parsed.Items[1].ActionRequired);
        Assert.StartsWith("A new series from the Carers Trust\n\nOn 6 July the Carers Trust broadcast", parsed.Items[2].Body, StringComparison.Ordinal);
        Assert.EndsWith("Key Dates:\n\n1. 13 July: second episode\n2. 20 July: third episode", parsed.Items[2].Body, StringComparison.Ordinal);
        Assert.Single(parsed.Meetings);
    }

    [Fact]
    public void Reads_layout_d_worded_headlines_wrapped_titles_subtitles_and_items_with_no_on_line()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.LayoutD);

        Assert.Equal((ArchiveLayout.D, 620, new DateOnly(2024, 10, 11)), (parsed.SourceLayout, parsed.Number, parsed.IssueDate));
        Assert.Equal("", parsed.Intro);
        Assert.Equal(
        [
            "Children’s social care workforce: new statistics",
            "Ofsted annual conference for local authority leaders",
            "Young people’s mental health services",
            "Kinship carers’ stories",
        ], parsed.Items.Select(i => i.Title));
        Assert.Equal("Children’s Headlines\n\nThere were 33,100 full-time equivalent children and family social workers.\n\n- turnover fell to 16%\n- vacancies fell to 19%", parsed.Items[0].Headlines);
        Assert.Equal("On 8 October Ofsted is organising a webinar on the new inspection framework", parsed.Items[1].Body);
        Assert.Equal("Key headlines\n\nThe webinar will be recorded for those who cannot attend.", parsed.Items[1].Headlines);
        Assert.StartsWith("A review of waiting times across England\n\nOn 1 October", parsed.Items[2].Body, StringComparison.Ordinal);
        Assert.Equal("Children’s Commissioner", parsed.Items[2].Publication?.Publisher);
        Assert.Equal("Carers in the region tell their own stories in a short film.", parsed.Items[3].Body);
        Assert.Equal("The film is ten minutes long and can be shown in team meetings.", parsed.Items[3].Headlines);
        Assert.Contains(parsed.Notes, n => n.IsGuess && n.Line == parsed.Items[3].Line);
    }

    [Fact]
    public void Reads_layout_e_details_labels_and_numbered_lists()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.LayoutE);

        Assert.Equal((ArchiveLayout.E, 681, new DateOnly(2025, 10, 17)), (parsed.SourceLayout, parsed.Number, parsed.IssueDate));
        Assert.Equal(["Secure children’s homes: new capacity", "Care experienced young people in higher education"], parsed.Items.Select(i => i.Title));
        Assert.Equal("On 9 October DfE launched a fund for new secure children’s homes", parsed.Items[0].Body);
        Assert.Equal("Details\n\nThe fund will support four new homes in England.\n\nFurther detail is here (pdf 12 pages)", parsed.Items[0].Headlines);
        Assert.Equal("Details\n\n1. Students describe the support they received\n2. Universities describe their outreach", parsed.Items[1].Headlines);
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void Keeps_an_issue_that_stops_mid_item_and_says_it_ends_early()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.EndsEarly);

        Assert.True(parsed.EndedEarly);
        var item = Assert.Single(parsed.Items);
        Assert.Equal("Family hubs: evaluation", item.Title);
        Assert.Equal("Most hubs now offer", item.Headlines);
        Assert.Contains(parsed.Notes, n => n.Line == 13 && n.Message.Contains("ends here", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_stores_page_chrome_wherever_it_appears()
    {
        var parsed = ArchiveFixtures.Parse(ArchiveFixtures.ChromeEverywhere);

        var stored = string.Join("\n", parsed.Items.SelectMany(i => new[] { i.Title, i.Body, i.Headlines, i.ActionRequired }).Append(parsed.Intro));
        Assert.DoesNotContain("Newsletters", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Three children", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("UPDATE NO", stored, StringComparison.Ordinal);
        var item = Assert.Single(parsed.Items);
        Assert.Equal(("Return to school guidance", "DfE has updated its guidance for the new school year.", "Check the guidance with your schools team."), (item.Title, item.Body, item.ActionRequired));
        Assert.Superset(new HashSet<int> { 1, 3, 5, 7, 11, 13, 23, 29, 37 }, parsed.FrameLines);
        Assert.False(parsed.EndedEarly);
    }

    [Fact]
    public void Reads_both_seeds_in_their_layouts()
    {
        Assert.Equal(ArchiveLayout.A, ParsedSeeds.Update454.SourceLayout);
        Assert.Equal(ArchiveLayout.D, ParsedSeeds.Update654.SourceLayout);
        Assert.False(ParsedSeeds.Update454.EndedEarly);
        Assert.False(ParsedSeeds.Update654.EndedEarly);
    }
}
