using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Data.Demo;

/// <summary>The site as a newcomer first sees it: both published seed issues imported on first start.</summary>
public sealed class SeedSite : IDisposable
{
    public NewsletterFactory Factory { get; } = new() { LoadDemoContent = true };

    public HttpClient Client => _client ??= Factory.CreateClient();

    private HttpClient? _client;

    public void Dispose()
    {
        _client?.Dispose();
        Factory.Dispose();
    }
}

public sealed class SeedPagesTests(SeedSite site) : IClassFixture<SeedSite>
{
    [Fact]
    public async Task Home_shows_update_654_of_21_march_2025()
    {
        var page = await site.Client.GetDocumentAsync("/");

        Assert.Equal("Update no 654", page.QuerySelector("h1")!.Text());
        Assert.Equal("Friday 21 March 2025", page.QuerySelector(".update__date")!.Text());
        Assert.Equal("/updates/454", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Update_454_shows_every_item_of_the_issue_in_order()
    {
        var page = await site.Client.GetDocumentAsync("/updates/454");

        Assert.Equal("Friday 21 May 2021", page.QuerySelector(".update__date")!.Text());
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
            ],
            page.QuerySelectorAll("article.item h3").Select(h => h.Text()).ToList());
    }

    [Fact]
    public async Task Update_454_reads_update_and_action_required_for_each_item()
    {
        var page = await site.Client.GetDocumentAsync("/updates/454");

        var first = page.QuerySelector("article.item")!;
        Assert.Equal(["Update", "Action required"], first.QuerySelectorAll("h4").Select(h => h.Text()).ToList());
        Assert.Contains("Becca Williams, Advice and Support Officer, Become", first.QuerySelector(".item__action")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_454_lists_its_meetings_publications_and_contacts_as_published()
    {
        var page = await site.Client.GetDocumentAsync("/updates/454");

        var meetings = page.QuerySelectorAll(".meeting-list__item").Select(li => li.QuerySelector("strong")!.Text()).ToList();
        Assert.Equal("Lead Members Group", meetings[0]);
        Assert.Contains("QA Network", meetings);
        Assert.Equal(8, meetings.Count);
        Assert.Equal(22, page.QuerySelectorAll("section[aria-labelledby=section-tools] li").Length);
        Assert.Equal("New School Admission Code for September 2021 published by DfE 13 May 2021", page.QuerySelectorAll("section[aria-labelledby=section-tools] li")[1].Text());

        var contacts = page.QuerySelectorAll(".contact-card h3").Select(h => h.Text()).ToList();
        Assert.Equal(11, contacts.Count);
        Assert.Equal("Luke Ede", contacts[0]);
        Assert.Equal("mailto:luke.ede@eastsussex.gov.uk", page.QuerySelector("#contact-luke-ede a[href^=mailto]")!.GetAttribute("href"));
        Assert.Equal("tel:+447925148597", page.QuerySelector("#contact-luke-ede a[href^=tel]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Update_654_shows_headlines_and_the_reminder_after_the_meeting_dates()
    {
        var page = await site.Client.GetDocumentAsync("/updates/654");

        var first = page.QuerySelector("article.item")!;
        Assert.Equal("The educational journeys of children in secure settings", first.QuerySelector("h3")!.Text());
        Assert.Contains("Headlines", first.QuerySelectorAll("h4").Select(h => h.Text()));

        var reminders = page.QuerySelector("section[aria-labelledby=section-reminders]")!;
        Assert.Equal(
            ["Future dates for network meetings", "Good decisions: supporting children aged 16 and 17 who need help when they are homeless"],
            reminders.QuerySelectorAll("h3").Select(h => h.Text()).ToList());
        Assert.Equal(12, reminders.QuerySelectorAll(".meeting-list__item").Length);
        Assert.Equal(18, page.QuerySelectorAll(".contact-card").Length);
    }

    [Fact]
    public async Task Archive_lists_both_seed_issues_by_year()
    {
        // The archive shows one year at a time, newest first, with every year to choose from.
        var page = await site.Client.GetDocumentAsync("/updates");
        Assert.Equal(["2025", "2021"], page.QuerySelectorAll(".year-nav__item").Select(y => y.Text().Trim().Split(' ')[0]).ToList());
        Assert.Equal(["2025"], page.QuerySelectorAll(".archive-year h2").Select(h => h.Text()).ToList());
        Assert.Equal(["Update no 654"], page.QuerySelectorAll(".archive-entry h3").Select(h => h.Text()).ToList());

        var year2021 = await site.Client.GetDocumentAsync("/updates?year=2021");
        Assert.Equal(["Update no 454"], year2021.QuerySelectorAll(".archive-entry h3").Select(h => h.Text()).ToList());
    }

    [Fact]
    public async Task Latest_points_at_654()
    {
        using var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/updates/latest");

        Assert.Equal("/updates/654", response.Headers.Location!.OriginalString);
    }
}
