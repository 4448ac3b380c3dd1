using System.Net;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Services;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class ContactsPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Fact]
    public async Task The_directory_lists_each_person_with_mailto_tel_and_the_networks_they_lead()
    {
        var page = await _client.GetDocumentAsync("/contacts");

        var mark = page.QuerySelector("#mark-evans")!;
        Assert.Equal("Mark Evans", mark.QuerySelector("h2")!.Text());
        Assert.Contains("CSC Workforce and AD Safeguarding Network Lead", mark.Text(), StringComparison.Ordinal);
        Assert.Contains("South East Sector-Led Improvement Programme", mark.Text(), StringComparison.Ordinal);
        var hrefs = mark.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("mailto:Mark@markevansconsulting.co.uk", hrefs);
        Assert.Contains("tel:+447803147072", hrefs);
        Assert.Contains("/networks/ad-safeguarding", hrefs);
        Assert.Contains("/networks/principal-social-workers", hrefs);
        Assert.Contains("/contacts/mark-evans.vcf", hrefs);
        Assert.Equal(19, page.QuerySelectorAll(".contact-list > li").Length);
    }

    [Fact]
    public async Task A_vCard_downloads_and_reads_back_with_the_persons_details()
    {
        using var response = await _client.GetAsync("/contacts/mark-evans.vcf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.NotNull(response.Headers.ETag);

        var card = await IcalJs.ReadVCardAsync(await response.Content.ReadAsStringAsync());
        string Value(string name) => Assert.Single(card, p => p.Name == name).Value;
        Assert.Equal("4.0", Value("version"));
        Assert.Equal("Mark Evans", Value("fn"));
        Assert.Equal("Evans;Mark;;;", Value("n"));
        Assert.Equal("CSC Workforce and AD Safeguarding Network Lead", Value("title"));
        Assert.Equal("South East Sector-Led Improvement Programme", Value("org"));
        Assert.Equal("Mark@markevansconsulting.co.uk", Value("email"));
        Assert.Equal("tel:+447803147072", Value("tel"));
        Assert.Equal("Leads: AD Safeguarding, Principal Social Workers", Value("note"));
        Assert.Equal("http://localhost/contacts/mark-evans", Value("url"));
        Assert.StartsWith("urn:uuid:", Value("uid"), StringComparison.Ordinal);

        // The same person keeps the same UID, so address books update the card rather than duplicate it.
        using var again = await _client.GetAsync("/contacts/mark-evans.vcf");
        Assert.Equal(Value("uid"), Assert.Single(await IcalJs.ReadVCardAsync(await again.Content.ReadAsStringAsync()), p => p.Name == "uid").Value);
    }

    [Fact]
    public async Task A_vCard_escapes_and_folds_long_text_and_reads_back_intact()
    {
        var roles = "Adoption; Fostering, Kinship and Early Help Regional Networks \\ a role long enough to need folding — with “quotes” and café";
        var text = VCard.Write(new VCardContact("Philip (Phil) Simpkins", "philip-phil-simpkins", roles, "LGA", "philip@example.org", "07803 147072", [], new Uri("http://localhost/contacts/philip-phil-simpkins")));

        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.EndsWith("END:VCARD\r\n", text, StringComparison.Ordinal);

        var card = await IcalJs.ReadVCardAsync(text);
        Assert.Equal(roles, Assert.Single(card, p => p.Name == "title").Value);
        Assert.Equal("Simpkins;Philip;;;", Assert.Single(card, p => p.Name == "n").Value);
        Assert.Equal("Phil", Assert.Single(card, p => p.Name == "nickname").Value);
    }

    [Fact]
    public async Task A_contact_page_shows_the_person_and_the_meetings_of_the_networks_they_lead()
    {
        var page = await _client.GetDocumentAsync("/contacts/mark-evans");

        Assert.Equal("Mark Evans", page.QuerySelector("h1")!.Text());
        Assert.Contains(page.QuerySelectorAll(".meeting-card"), card => card.Text().Contains("Friday 6 June 2025", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/contacts/alastair-lee")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/contacts/alastair-lee.vcf")).StatusCode);
    }
}
