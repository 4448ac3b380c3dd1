using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;

namespace SESLIP.Newsletter.Tests.Controllers;

public sealed class SqlCommandCountTests
{
    [Fact]
    public async Task Update_page_issues_the_same_number_of_sql_commands_for_three_items_as_for_sixty()
    {
        var counter = new SqlCommandCounter();
        using var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services => services.AddSingleton<IInterceptor>(counter),
        };

        // The counter sees every command in the process; the e-mail sender's polling is not the page's.
        factory.Settings["Sending:Enabled"] = "false";
        using var client = factory.CreateClient();
        await TestUpdates.AddAsync(
            factory.CreateDbContext(),
            TestUpdates.Create(1, newsItems: 2, reminderItems: 0),
            TestUpdates.Create(2, newsItems: 2, reminderItems: 1),
            TestUpdates.Create(3, newsItems: 50, reminderItems: 10));

        // Warm up (model building, first connection) on a page that is not measured.
        await client.GetDocumentAsync("/updates/1");

        var small = await CountAsync(client, counter, "/updates/2");
        var large = await CountAsync(client, counter, "/updates/3");

        // A first read renders the body and stores it: the stored copy's lookup, the update's split query, the
        // previous update's meeting lines and the insert (docs/adr/0038-stored-editions.md).
        Assert.Equal(small, large);
        Assert.InRange(small, 1, 10);
    }

    private static async Task<int> CountAsync(HttpClient client, SqlCommandCounter counter, string url)
    {
        counter.Reset();
        var page = await client.GetDocumentAsync(url);
        Assert.NotEmpty(page.QuerySelectorAll("article.item"));
        return counter.Commands;
    }
}
