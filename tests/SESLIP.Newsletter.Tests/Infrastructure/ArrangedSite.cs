using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>One site shared by read-only page tests: updates 99–101 published (99 carries hostile editor text),
/// 102 a draft and 103 scheduled. Open actions: 100's first item is due on <see cref="SoonestDeadline"/>, 99's
/// hostile one on <see cref="LaterDeadline"/>, 100's second expired long ago, 99's second has no deadline, and the
/// draft's would come first if drafts were public.</summary>
public sealed class ArrangedSite : IAsyncLifetime
{
    public const string Hostile = "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> [y](data:text/html;base64,PHNjcmlwdD4=)";

    public static readonly DateOnly SoonestDeadline = new(2099, 1, 9);

    public static readonly DateOnly LaterDeadline = new(2099, 12, 31);

    public static readonly DateOnly ExpiredDeadline = new(2025, 1, 10);

    public NewsletterFactory Factory { get; } = new() { LoadDemoContent = false };

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();

        var hostile = TestUpdates.Create(99, new DateOnly(2024, 12, 13));
        hostile.Intro = Hostile;
        hostile.Items[0].Body = Hostile;
        hostile.Items[0].Headlines = Hostile;
        hostile.Items[0].ActionRequired = Hostile;
        hostile.Items[0].ActionDeadline = LaterDeadline;
        hostile.Items[1].ActionRequired = "Reply to the workforce survey.";

        var programme = TestUpdates.Create(100, new DateOnly(2024, 12, 20), layout: UpdateLayout.ProgrammeUpdate);
        programme.Items[0].ActionDeadline = SoonestDeadline;
        programme.Items[1].ActionDeadline = ExpiredDeadline;

        var latest = TestUpdates.Create(101, new DateOnly(2025, 3, 14));
        latest.Corrections.Add(new UpdateCorrection
        {
            CorrectedAtUtc = new DateTime(2025, 3, 17, 23, 30, 0, DateTimeKind.Utc),
            Note = "The AD Safeguarding meeting is on 6 June, not 5 June.",
            CorrectedBy = "editor@example.org",
        });

        var draft = TestUpdates.Create(102, new DateOnly(2025, 3, 21), UpdateStatus.Draft);
        draft.Items[0].Title = "Draft item nobody may see yet";
        draft.Items[0].ActionRequired = "Draft action nobody may see yet.";
        draft.Items[0].ActionDeadline = new DateOnly(2099, 1, 1);
        var scheduled = TestUpdates.Create(103, new DateOnly(2025, 3, 28), UpdateStatus.Scheduled);
        scheduled.ScheduledForUtc = new DateTime(2099, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        scheduled.Items[0].Title = "Scheduled item nobody may see yet";

        await TestUpdates.AddAsync(Factory.CreateDbContext(), hostile, programme, latest, draft, scheduled);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
