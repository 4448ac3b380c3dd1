using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The background services begin after the site's first answer or after Leases:StartDelay, whichever
/// comes first (docs/adr/0041-start-up-work.md); a fake clock stands in for the delay.</summary>
public sealed class BackgroundStartTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    private BackgroundStart Start(TimeSpan delay) => new(new LeaseOptions { StartDelay = delay }, _clock);

    [Fact]
    public async Task The_work_begins_when_the_first_request_has_been_answered()
    {
        var start = Start(TimeSpan.FromSeconds(10));
        var waiting = start.WaitAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        start.RequestServed();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task Without_a_request_the_work_begins_once_the_delay_has_passed()
    {
        var start = Start(TimeSpan.FromSeconds(10));
        var waiting = start.WaitAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(waiting.IsCompleted);

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await waiting);
    }

    [Fact]
    public async Task A_zero_delay_or_a_request_already_answered_waits_for_nothing()
    {
        Assert.True(Start(TimeSpan.Zero).WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
        var served = Start(TimeSpan.FromSeconds(10));
        served.RequestServed();

        Assert.True(await served.WaitAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_the_site_ends_the_wait_without_starting_the_work()
    {
        using var stopping = new CancellationTokenSource();
        var waiting = Start(TimeSpan.FromSeconds(10)).WaitAsync(stopping.Token);

        await stopping.CancelAsync();

        Assert.False(await waiting);
    }

    [Fact]
    public async Task A_site_answering_its_first_request_starts_the_scheduled_publisher()
    {
        // An hour's delay: only the answered request can have let the publisher ask for its lease.
        using var site = new NewsletterFactory { LoadDemoContent = false, Settings = { ["Leases:StartDelay"] = "01:00:00" } };
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow + NewsletterFactory.RequestTimeout;
        while (true)
        {
            await using (var db = site.CreateDbContext())
            {
                if (await db.Leases.AnyAsync(l => l.Name == ScheduledPublisher.LeaseName && l.Owner != null))
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "The scheduled publisher never asked for its lease after the first request.");
            await Task.Delay(50);
        }
    }
}
