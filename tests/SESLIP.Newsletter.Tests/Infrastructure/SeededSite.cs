using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>The site with both seed updates imported, on the day update 654 came out (Friday 21 March
/// 2025), so the AD Safeguarding meeting of 6 June 2025 is still to come.</summary>
public sealed class SeededSite : IAsyncLifetime
{
    public static readonly DateTimeOffset IssueDay654 = new(2025, 3, 21, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(IssueDay654);

    public NewsletterFactory Factory { get; private set; } = null!;

    public static NewsletterFactory CreateFactory(FakeTimeProvider clock, string? connectionString = null)
    {
        var factory = new NewsletterFactory
        {
            LoadDemoContent = false,
            ConfigureServices = services =>
            {
                services.AddNewsletterImport();
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            },
        };
        if (connectionString is not null)
        {
            factory.Settings["ConnectionStrings:Newsletter"] = connectionString;
        }

        return factory;
    }

    /// <summary>Creates the schema and imports both seed updates, as a first start with demo content does.</summary>
    public static async Task SeedAsync(NewsletterFactory factory)
    {
        await DatabaseSetup.MigrateAsync(factory.Services);
        await using var scope = factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegacyImporter>();
        foreach (var name in DemoContent.Names)
        {
            var result = await importer.ImportTextAsync(DemoContent.Read(name), name);
            Assert.False(result.Failed, result.Summary);
        }
    }

    public async Task InitializeAsync()
    {
        Factory = CreateFactory(Clock);
        await SeedAsync(Factory);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
