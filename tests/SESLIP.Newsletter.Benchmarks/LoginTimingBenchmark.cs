using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Whether a failed sign-in takes the same time for an unknown address, a locked account and a wrong
/// password (docs/performance.md). Not a BenchmarkDotNet class: it compares medians of the three cases over
/// interleaved attempts through the real sign-in form, which is what a prober with a stopwatch sees.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- login [attempts per case]</code></summary>
public static class LoginTimingBenchmark
{
    private const string Known = "wrong-password@example.org";
    private const string Locked = "locked@example.org";

    public static async Task RunAsync(string[] args)
    {
        var attempts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        using var factory = new NewsletterFactory { LoadDemoContent = false };
        factory.Settings["Security:SignInPermitLimit"] = "1000000";
        factory.Settings["Sending:Enabled"] = "false";
        factory.Settings["Serilog:MinimumLevel:Default"] = "Error";
        await factory.CreateUserAsync(Known);
        await factory.CreateUserAsync(Locked);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(Locked))!, DateTimeOffset.UtcNow.AddYears(1));
        }

        var cases = new (string Label, string Email)[]
        {
            ("unknown address", "nobody-here@example.org"),
            ("locked account", Locked),
            ("wrong password", Known),
        };
        using var browser = factory.CreateBrowser();
        var form = await browser.GetPageAsync("/account/login");
        var fields = EditorClient.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("form[action='/account/login']")!);
        var times = cases.Select(_ => new List<double>()).ToArray();

        // Warm up every path (model, first connection, the decoy hash) before measuring.
        for (var round = -5; round < attempts; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                var posted = fields.Where(f => f.Key is not ("Email" or "Password"))
                    .Append(new("Email", cases[c].Email)).Append(new("Password", "not the password, round " + round)).ToList();
                var clock = Stopwatch.StartNew();
                using var response = await browser.Http.PostAsync("/account/login", new FormUrlEncodedContent(posted));
                await response.Content.ReadAsStringAsync();
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{cases[c].Label}: {(int)response.StatusCode}");
                }

                if (round >= 0)
                {
                    times[c].Add(elapsed);
                }

                if (cases[c].Email == Known)
                {
                    // Keep the wrong-password account from locking itself: outside the timed part.
                    await using var scope = factory.Services.CreateAsyncScope();
                    var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                    await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(Known))!);
                }
            }
        }

        Console.WriteLine($"{attempts} attempts per case, interleaved, after 5 warm-up rounds; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine("| case | median | p10 | p90 |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var c = 0; c < cases.Length; c++)
        {
            var sorted = times[c].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {cases[c].Label} | {Percentile(sorted, 0.5):N1} ms | {Percentile(sorted, 0.1):N1} ms | {Percentile(sorted, 0.9):N1} ms |"));
        }

        var medians = times.Select(t => Percentile([.. t.Order()], 0.5)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Largest difference between medians: {medians.Max() - medians.Min():N1} ms ({(medians.Max() / medians.Min() - 1) * 100:N0} % of the smallest)"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];
}
