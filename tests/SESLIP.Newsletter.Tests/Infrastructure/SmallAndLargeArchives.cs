using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>Two sites built once for a test class: the two demo updates alone, and the same with 2,000 more
/// published updates (10,000 items), 2,000 publications and 2,000 past meetings added in bulk. Each counts the
/// SQL commands its requests send.</summary>
public sealed class SmallAndLargeArchives : IAsyncLifetime
{
    public const int GeneratedUpdates = 2_000;

    public Site Small { get; } = new();

    public Site Large { get; } = new();

    public async Task InitializeAsync()
    {
        _ = Small.Factory.Services;
        _ = Large.Factory.Services;
        await GeneratedArchive.AddAsync(Large.Factory.DatabasePath, GeneratedUpdates, itemsPerUpdate: 5, publications: 2_000, pastMeetings: 2_000);
    }

    public Task DisposeAsync()
    {
        Small.Dispose();
        Large.Dispose();
        return Task.CompletedTask;
    }

    public sealed class Site : IDisposable
    {
        public Site()
        {
            Factory = new NewsletterFactory
            {
                LoadDemoContent = true,
                ConfigureServices = services => services.AddSingleton<IInterceptor>(Counter),
            };
            // The counter sees every command of the host; the e-mail sender's polling, the scheduler's and its
            // lease's renewals are not a page's (a page of one command would be outnumbered by them).
            Factory.Settings["Sending:Enabled"] = "false";
            Factory.Settings["Publishing:PollSeconds"] = "3600";
            Factory.Settings["Leases:Duration"] = "02:00:00";
            Factory.Settings["Leases:RenewEvery"] = "01:00:00";
            Client = Factory.CreateClient();
        }

        public SqlCommandCounter Counter { get; } = new();

        public NewsletterFactory Factory { get; }

        public HttpClient Client { get; }

        /// <summary>The commands one request for <paramref name="url"/> sends, and its status. The output cache
        /// is emptied first, so the page is rendered afresh.</summary>
        public async Task<(int Commands, int Status)> CountAsync(string url)
        {
            await EvictAllAsync();
            Counter.Reset();
            using var response = await Client.GetAsync(url);
            _ = await response.Content.ReadAsByteArrayAsync();
            return (Counter.Commands, (int)response.StatusCode);
        }

        private async Task EvictAllAsync()
        {
            var store = Factory.Services.GetRequiredService<IOutputCacheStore>();
            foreach (var tag in new[] { PublicPageCache.Updates, PublicPageCache.Meetings, PublicPageCache.Publications, PublicPageCache.Contacts })
            {
                await store.EvictByTagAsync(tag, default);
            }
        }

        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }
}
