using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Tests.Infrastructure;

public sealed class RuntimeCheckTests
{
    [Theory]
    [InlineData("10.0.12", false)]
    [InlineData("10.0.0", false)]
    [InlineData("10.0.13", true)]
    [InlineData("10.0.14", true)]
    [InlineData("10.1.0", true)]
    [InlineData("11.0.0", true)]
    public void A_runtime_older_than_10_0_13_is_unpatched(string running, bool patched) =>
        Assert.Equal(patched, RuntimeCheck.IsPatched(Version.Parse(running)));

    [Fact]
    public void The_deployment_guide_names_the_minimum_runtime_the_site_checks()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "deployment.md"));
        Assert.Contains($"**{RuntimeCheck.MinimumPatchedRuntime} or", guide, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SESLIP.Newsletter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
