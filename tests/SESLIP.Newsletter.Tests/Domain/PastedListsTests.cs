using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class PastedListsTests
{
    [Theory]
    [InlineData("•")]
    [InlineData("–")]
    [InlineData("*")]
    [InlineData("●")]
    [InlineData("▪")]
    public void Word_bullets_become_a_Markdown_list(string bullet)
    {
        var pasted = $"The report covers:\n{bullet} placements\n{bullet}\tsufficiency";
        Assert.Equal("The report covers:\n\n- placements\n- sufficiency", PastedLists.ToMarkdown(pasted));
    }

    [Fact]
    public void A_dash_list_is_Markdown_already_and_stays_as_it_is()
    {
        const string text = "Before\n\n- one\n- two";
        Assert.Same(text, PastedLists.ToMarkdown(text));
    }

    [Fact]
    public void A_hollow_bullet_under_a_bullet_becomes_a_sub_list()
    {
        var pasted = "• Placements\n◦ fostering\n◦ residential\n• Workforce";
        Assert.Equal("- Placements\n  - fostering\n  - residential\n- Workforce", PastedLists.ToMarkdown(pasted));
    }

    [Fact]
    public void Numbered_lines_become_an_ordered_list_with_sub_items_indented_under_the_number()
    {
        var pasted = "Steps:\n1) Read the guidance\n◦ both parts\n2) Reply by Friday";
        Assert.Equal("Steps:\n\n1. Read the guidance\n   - both parts\n2. Reply by Friday", PastedLists.ToMarkdown(pasted));
    }

    [Fact]
    public void A_paragraph_after_a_list_is_kept_apart_from_its_last_item()
    {
        Assert.Equal("- one\n- two\n\nAfterwards.", PastedLists.ToMarkdown("• one\n• two\nAfterwards."));
    }

    [Theory]
    [InlineData("-year-old children in care rose by 4%.")]
    [InlineData("Well-being - and resilience - matter.")]
    [InlineData("**Bold** start of a paragraph.")]
    [InlineData("2025. A year of change.")]
    [InlineData("Some text\n  * an indented Markdown sub-item")]
    public void Text_that_only_looks_a_little_like_a_list_is_left_alone(string text) =>
        Assert.Equal(text, PastedLists.ToMarkdown(text));

    [Theory]
    [InlineData("Intro:\n• a\n◦ b\n1) c\n– d\n* e\nEnd")]
    [InlineData("• only")]
    public void Converting_twice_changes_nothing_more(string pasted)
    {
        var once = PastedLists.ToMarkdown(pasted);
        Assert.Equal(once, PastedLists.ToMarkdown(once));
    }
}
