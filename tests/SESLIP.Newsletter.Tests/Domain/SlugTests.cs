using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Domain;

public sealed class SlugTests
{
    [Theory]
    [InlineData("AD Safeguarding", "ad-safeguarding")]
    [InlineData("Commissioners’ Network", "commissioners-network")]
    [InlineData("  Early Help & Prevention!  ", "early-help-prevention")]
    [InlineData("Café Société", "cafe-societe")]
    [InlineData("!!!", "item")]
    public void A_slug_is_lower_case_letters_and_digits_joined_by_dashes(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void A_slug_never_exceeds_the_column()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("safeguarding", 20)));

        Assert.Equal(Limits.Slug, Slug.MaxLength);
        Assert.True(slug.Length <= Limits.Slug);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void A_free_slug_is_used_as_it_is() =>
        Assert.Equal("ad-safeguarding", Slug.Unique("AD Safeguarding", _ => false));

    [Fact]
    public void A_taken_slug_gets_the_next_free_number()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "ad-safeguarding", "ad-safeguarding-2" };

        Assert.Equal("ad-safeguarding-3", Slug.Unique("AD Safeguarding", taken.Contains));
    }

    [Fact]
    public void A_long_slug_is_shortened_so_that_its_number_still_fits_the_column()
    {
        var text = new string('a', 150);
        var taken = new HashSet<string>(StringComparer.Ordinal) { new('a', Limits.Slug) };

        var slug = Slug.Unique(text, taken.Contains);

        Assert.Equal(new string('a', Limits.Slug - 2) + "-2", slug);
        Assert.Equal(Limits.Slug, slug.Length);
    }

    [Fact]
    public async Task A_unique_slug_is_checked_against_the_database()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteNewsletterDbContext(new DbContextOptionsBuilder<SqliteNewsletterDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        db.Networks.AddRange(new Network { Name = "AD Safeguarding", Slug = "ad-safeguarding" }, new Network { Name = "AD Safeguarding 2", Slug = "ad-safeguarding-2" });
        await db.SaveChangesAsync();

        Assert.Equal("ad-safeguarding-3", await Slug.UniqueAsync(db.Networks.Select(n => n.Slug), "AD Safeguarding", CancellationToken.None));
        Assert.Equal("send-se19", await Slug.UniqueAsync(db.Networks.Select(n => n.Slug), "SEND SE19", CancellationToken.None));
    }
}
