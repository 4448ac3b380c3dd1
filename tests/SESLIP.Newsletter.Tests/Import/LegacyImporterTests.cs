using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import;

public sealed class LegacyImporterTests : IAsyncLifetime, IDisposable
{
    private readonly FailingSave _failingSave = new();
    private readonly NewsletterFactory _factory;

    public LegacyImporterTests()
    {
        _factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IInterceptor>(_failingSave),
        };
    }

    public Task InitializeAsync() => DatabaseSetup.MigrateAsync(_factory.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private async Task<ImportResult> ImportAsync(string name)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        return await importer.ImportTextAsync(DemoContent.Read(name), name);
    }

    private async Task<int[]> CountRowsAsync()
    {
        await using var db = _factory.CreateDbContext();
        return
        [
            await db.Updates.CountAsync(), await db.UpdateItems.CountAsync(), await db.EditionMeetings.CountAsync(),
            await db.EditionPublications.CountAsync(), await db.EditionContacts.CountAsync(), await db.Networks.CountAsync(),
            await db.Meetings.CountAsync(), await db.Publications.CountAsync(), await db.PublicationDocuments.CountAsync(),
            await db.Contacts.CountAsync(), await db.Organisations.CountAsync(),
        ];
    }

    [Fact]
    public async Task Imports_update_654_as_a_published_update_with_its_edition()
    {
        var result = await ImportAsync(DemoContent.Update654);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(654, result.UpdateNumber);
        await using var db = _factory.CreateDbContext();
        var update = await db.Updates.Include(u => u.Items).Include(u => u.Meetings).Include(u => u.Publications).Include(u => u.Contacts)
            .SingleAsync(u => u.Number == 654);
        Assert.Equal(UpdateStatus.Published, update.Status);
        Assert.Equal(new DateOnly(2025, 3, 21), update.IssueDate);
        Assert.Equal(6, update.Items.Count);
        Assert.Equal(12, update.Meetings.Count);
        Assert.Equal(29, update.Publications.Count);
        Assert.Equal(18, update.Contacts.Count);
        Assert.Equal("the-educational-journeys-of-children-in-secure-settings", update.Items.OrderBy(i => i.Position).First().Anchor);
        Assert.Equal(update.Items.Count, update.Items.Select(i => i.Anchor).Distinct().Count());
    }

    [Fact]
    public async Task Fills_the_living_directory_from_the_issue()
    {
        await ImportAsync(DemoContent.Update654);

        await using var db = _factory.CreateDbContext();
        var safeguarding = await db.Networks.Include(n => n.LeadContact).Include(n => n.Meetings).SingleAsync(n => n.Slug == "ad-safeguarding");
        Assert.Equal("AD Safeguarding", safeguarding.Name);
        Assert.Equal("Mark Evans", safeguarding.LeadContact!.Name);
        var meeting = Assert.Single(safeguarding.Meetings);
        Assert.Equal(new DateOnly(2025, 6, 6), meeting.Date);
        Assert.Equal(new TimeOnly(10, 0), meeting.StartTime);
        Assert.Equal(Attendance.InPerson, meeting.Attendance);
        Assert.Equal("Central London", meeting.Place);
        Assert.False(string.IsNullOrEmpty(meeting.Uid));

        var earlyHelp = await db.Networks.Include(n => n.LeadContact).Include(n => n.Meetings).SingleAsync(n => n.Slug == "early-help");
        Assert.Empty(earlyHelp.Meetings);
        Assert.Equal("Rebecca Eligon", earlyHelp.LeadContact!.Name);

        var qa = await db.Networks.SingleAsync(n => n.Slug == "qa-network");
        Assert.Null(qa.LeadContactId);
        Assert.Equal("Contact Sian.fearn@kent.gov.uk", qa.ContactText);

        var richard = await db.Contacts.Include(c => c.Organisation).SingleAsync(c => c.Name == "Richard Tyndall");
        Assert.Equal("richard.tyndall@richardtyndall.co.uk", richard.Email);
        Assert.Equal("07880 787007", richard.Phone);
        Assert.Equal("South East Sector-Led Improvement Programme", richard.Organisation!.Name);
        Assert.Equal("richard-tyndall", richard.Slug);

        // The NSPCC publication is one record, reported by an item and listed in Tools & Templates.
        var nspcc = await db.Publications.Include(p => p.Publisher).SingleAsync(p => p.Publisher!.Name == "NSPCC");
        Assert.Equal(new DateOnly(2025, 3, 7), nspcc.PublishedOn);
        Assert.Equal(1, await db.UpdateItems.CountAsync(i => i.PublicationId == nspcc.Id));
        Assert.Equal(1, await db.EditionPublications.CountAsync(p => p.PublicationId == nspcc.Id));
        var taso = await db.Publications.Include(p => p.Documents).SingleAsync(p => p.Publisher!.Name == "TASO");
        Assert.Equal(["A summary", "The full report"], taso.Documents.OrderBy(d => d.Position).Select(d => d.Label));
        Assert.All(taso.Documents, d => Assert.Null(d.Url));
    }

    [Fact]
    public async Task Importing_the_same_issue_again_changes_nothing()
    {
        await ImportAsync(DemoContent.Update454);
        await ImportAsync(DemoContent.Update654);
        var before = await CountRowsAsync();

        var again = await ImportAsync(DemoContent.Update654);
        var againOld = await ImportAsync(DemoContent.Update454);

        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, againOld.Outcome);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Matches_directory_records_across_issues_instead_of_duplicating_them()
    {
        await ImportAsync(DemoContent.Update454);
        await ImportAsync(DemoContent.Update654);

        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Name == "Mark Evans"));
        Assert.Equal(1, await db.Networks.CountAsync(n => n.Name == "AD Safeguarding"));
        Assert.Equal(2, await db.Meetings.CountAsync(m => m.Network!.Name == "AD Safeguarding"));
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "DfE"));
    }

    [Fact]
    public async Task Each_edition_keeps_its_own_contacts_whatever_the_order_of_import()
    {
        // The newer issue first: the older one must not overwrite the directory with older details.
        await ImportAsync(DemoContent.Update654);
        await ImportAsync(DemoContent.Update454);

        await using var db = _factory.CreateDbContext();
        var contacts454 = await db.EditionContacts.Where(c => db.Updates.Any(u => u.Id == c.UpdateId && u.Number == 454)).ToListAsync();
        var contacts654 = await db.EditionContacts.Where(c => db.Updates.Any(u => u.Id == c.UpdateId && u.Number == 654)).ToListAsync();
        Assert.Contains(contacts454, c => c.Name == "Amanda Meadows" && c.Organisation == "Hampshire");
        Assert.DoesNotContain(contacts654, c => c.Name == "Amanda Meadows");
        Assert.Contains(contacts454, c => c.Name == "Luke Ede" && c.Roles == "Data and Information Manager" && c.Organisation == "East Sussex");
        Assert.Contains(contacts654, c => c.Name == "Luke Ede" && c.Roles == "Data Benchmarking");

        var luke = await db.Contacts.Include(c => c.Organisation).SingleAsync(c => c.Name == "Luke Ede");
        Assert.Equal("Data Benchmarking", luke.Roles);
        Assert.Equal(new DateOnly(2025, 3, 21), luke.AsOf);
    }

    [Fact]
    public async Task A_malformed_file_fails_with_a_clear_message_and_writes_nothing()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();

        var result = await importer.ImportTextAsync("Minutes of the meeting\n\nNothing to see", "minutes.txt");

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.StartsWith("Line 1: Expected a header such as \"Update no 654 21st March 2025\"", result.Summary, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported.", result.Summary, StringComparison.Ordinal);
        Assert.All(await CountRowsAsync(), count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task A_database_failure_rolls_the_whole_issue_back()
    {
        _failingSave.Fail = true;

        var result = await ImportAsync(DemoContent.Update654);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("nothing was saved", result.Summary, StringComparison.Ordinal);
        _failingSave.Fail = false;
        Assert.All(await CountRowsAsync(), count => Assert.Equal(0, count));

        // And the same file imports cleanly afterwards.
        Assert.Equal(ImportOutcome.Imported, (await ImportAsync(DemoContent.Update654)).Outcome);
    }

    [Fact]
    public async Task A_missing_file_fails_with_a_message_instead_of_throwing()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();

        var result = await importer.ImportFileAsync("/no/such/folder/update.txt");

        Assert.True(result.Failed);
        Assert.Contains("Cannot read the file", result.Summary, StringComparison.Ordinal);
    }

    private async Task<ImportResult> ReplaceAsync(string text, string name)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        return await importer.ImportTextAsync(text, name, new ImportOptions(Replace: true));
    }

    [Fact]
    public async Task Keeps_the_import_report_with_the_update_in_the_same_save()
    {
        var result = await ImportAsync(DemoContent.Update654);

        await using var db = _factory.CreateDbContext();
        var update = await db.Updates.SingleAsync(u => u.Number == 654);
        var report = await db.ImportReports.Include(r => r.Lines).SingleAsync(r => r.UpdateId == update.Id);
        Assert.Equal(DemoContent.Update654, report.SourceFile);
        Assert.Equal("D", report.Layout);
        Assert.Equal(result.Notes.Count, report.Lines.Count);
        Assert.Equal(result.Notes.Select(n => (n.Line, n.Message, n.IsGuess)),
            report.Lines.OrderBy(l => l.Position).Select(l => (l.Line, l.Reason, l.IsGuess)));
        Assert.Equal(update.Version, report.UpdateVersion);
        Assert.Equal(update.UpdatedAtUtc, report.UpdateStampUtc);
    }

    [Fact]
    public async Task Replace_reads_an_unedited_update_again_in_place_and_an_identical_one_is_unchanged()
    {
        var original = DemoContent.Read(DemoContent.Update454);
        await ImportAsync(DemoContent.Update454);
        Assert.Equal(ImportOutcome.Unchanged, (await ReplaceAsync(original, DemoContent.Update454)).Outcome);

        // As if the parser now read one more paragraph of the introduction.
        var better = original.Replace("Our Regional Improvement Plan", "A paragraph the parser now reads.\n\nOur Regional Improvement Plan", StringComparison.Ordinal);
        int id;
        await using (var db = _factory.CreateDbContext())
        {
            id = (await db.Updates.SingleAsync(u => u.Number == 454)).Id;
        }

        var replaced = await ReplaceAsync(better, "update-0454-v2.txt");

        Assert.Equal(ImportOutcome.Replaced, replaced.Outcome);
        await using var after = _factory.CreateDbContext();
        var update = await after.Updates.Include(u => u.Items).SingleAsync(u => u.Number == 454);
        Assert.Equal(id, update.Id);
        Assert.Contains("A paragraph the parser now reads.", update.Intro, StringComparison.Ordinal);
        Assert.Equal(1, await after.Updates.CountAsync(u => u.Number == 454));
        var report = await after.ImportReports.SingleAsync(r => r.UpdateId == id);
        Assert.Equal("update-0454-v2.txt", report.SourceFile);
        Assert.Equal(update.Version, report.UpdateVersion);
        Assert.Equal(update.UpdatedAtUtc, report.UpdateStampUtc);

        // The replacement is itself unedited, so it can be replaced again.
        Assert.Equal(ImportOutcome.Replaced, (await ReplaceAsync(original, DemoContent.Update454)).Outcome);
    }

    [Fact]
    public async Task Replace_refuses_an_update_an_editor_changed_and_says_why()
    {
        var text = DemoContent.Read(DemoContent.Update654);
        await ImportAsync(DemoContent.Update654);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // An editor's change to one item: it moves only the update's last-changed stamp (ADR 0023).
            var db = scope.ServiceProvider.GetRequiredService<NewsletterDbContext>();
            var update = await db.Updates.SingleAsync(u => u.Number == 654);
            var item = await db.UpdateItems.OrderBy(i => i.Position).FirstAsync(i => i.UpdateId == update.Id);
            item.Title = "Corrected by an editor";
            var saved = await scope.ServiceProvider.GetRequiredService<EditorialChanges>()
                .SavePartAsync(update, ChangeNote.Of("Edit", "UpdateItem", item.Id, "item saved"), "editor@example.org");
            Assert.Equal(SaveOutcome.Saved, saved);
        }

        var before = await CountRowsAsync();

        var result = await ReplaceAsync(text, DemoContent.Update654);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("Refused to replace update no 654", result.Summary, StringComparison.Ordinal);
        Assert.Contains("changed in the editor after it was imported", result.Summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountRowsAsync());
        await using var check = _factory.CreateDbContext();
        Assert.True(await check.UpdateItems.AnyAsync(i => i.Title == "Corrected by an editor"));
    }

    [Fact]
    public async Task Replace_refuses_an_update_that_was_never_imported()
    {
        await using (var db = _factory.CreateDbContext())
        {
            db.Updates.Add(new Update { Number = 654, IssueDate = new DateOnly(2025, 3, 21), Intro = "Written in the editor." });
            await db.SaveChangesAsync();
        }

        var result = await ReplaceAsync(DemoContent.Read(DemoContent.Update654), DemoContent.Update654);

        Assert.Equal(ImportOutcome.Failed, result.Outcome);
        Assert.Contains("it has no import report", result.Summary, StringComparison.Ordinal);
        await using var check = _factory.CreateDbContext();
        Assert.Equal("Written in the editor.", (await check.Updates.SingleAsync(u => u.Number == 654)).Intro);
    }

    /// <summary>Makes the importer's save fail after the writer has added everything.</summary>
    private sealed class FailingSave : SaveChangesInterceptor
    {
        public bool Fail { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Fail ? throw new DbUpdateException("Simulated failure while saving.") : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
