using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Import.Fixtures;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

/// <summary>Every source line reaches a page or the import report: the importer checks it on every file,
/// against what it wrote.</summary>
public sealed class NoSilentLossTests : IAsyncLifetime, IDisposable
{
    private readonly NewsletterFactory _factory = new() { LoadDemoContent = false };

    public Task InitializeAsync() => DatabaseSetup.MigrateAsync(_factory.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Sources() => new(ArchiveFixtures.Names.Concat(DemoContent.Names));

    private static string Read(string name) => name.StartsWith("update-", StringComparison.Ordinal) ? DemoContent.Read(name) : ArchiveFixtures.Read(name);

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Imports_every_fixture_and_seed_with_every_line_stored_or_reported(string name)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportTextAsync(Read(name), name);

        Assert.True(result.Outcome == ImportOutcome.Imported, result.Summary);
    }

    [Fact]
    public async Task Finds_no_lost_line_in_what_the_importer_wrote_for_layout_b()
    {
        var text = ArchiveFixtures.Read(ArchiveFixtures.LayoutB);
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportTextAsync(text, "b");
        await using var db = _factory.CreateDbContext();
        var update = await db.Updates.Include(u => u.Items).Include(u => u.Meetings).Include(u => u.Publications).Include(u => u.Contacts)
            .AsNoTracking().SingleAsync(u => u.Number == 377);

        Assert.Empty(ContentAccount.FindLost(text, LegacyParser.Parse(text), update));
    }

    [Fact]
    public void Names_every_line_a_parser_change_would_drop()
    {
        var text = ArchiveFixtures.Read(ArchiveFixtures.LayoutB);
        var parsed = LegacyParser.Parse(text);
        var update = new Update
        {
            Intro = parsed.Intro,
            Items = parsed.Items.Select(i => new UpdateItem { Title = i.Title, Body = i.Body, Headlines = i.Headlines, ActionRequired = i.ActionRequired }).ToList(),
            Publications = parsed.Tools.Select(t => new EditionPublication { Text = t.Text }).ToList(),
            Contacts = parsed.Contacts.Select(c => new EditionContact { Roles = c.Roles, Name = c.Name, Organisation = c.Organisation, Email = c.Email, Phone = c.Phone }).ToList(),
        };
        Assert.Empty(ContentAccount.FindLost(text, parsed, update));

        // As if the parser had dropped the second item's action and the last paragraph of the intro.
        update.Items[1].ActionRequired = "";
        update.Intro = update.Intro[..update.Intro.IndexOf("\n\n", StringComparison.Ordinal)];
        var lost = ContentAccount.FindLost(text, parsed, update);

        Assert.Equal([9, 38, 39], lost.Select(l => l.Line));
        Assert.Equal("3. Bring one audit tool you use", lost[1].Text);
    }
}
