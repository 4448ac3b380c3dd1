using SESLIP.Newsletter.Web.Accounts;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>
/// Verbs the site's executable runs instead of serving pages, against the same configuration and database:
/// <code>
/// dotnet run --project src/SESLIP.Newsletter.Web -- import path/to/updates
/// dotnet SESLIP.Newsletter.Web.dll import update-0654.txt --Database:Provider=SqlServer
/// </code>
/// The first argument names the verb; <c>--key=value</c> arguments configure the host as usual and the rest go to
/// the verb. To add a verb, add a line to <see cref="Verbs"/> pointing at a static method.
/// </summary>
public static partial class CommandLine
{
    private static readonly Dictionary<string, CommandVerb> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["import"] = new("import [--dry-run] [--replace] <file-or-folder> [...]", "Import plain-text Friday Updates (a folder: every *.txt in it, by name); --dry-run writes nothing, --replace reads unedited imports again.", ImportCommand.RunAsync),
        ["users"] = new("users add <email> --role Admin|Editor", "Editor accounts: add, reset-password <email>, list (passwords from standard input).", UserCommands.RunVerbAsync),
        ["backup"] = new("backup <file>", "Copy the SQLite database, consistent while the site runs, and check the copy.", BackupCommand.RunAsync),
        ["redirects"] = new("redirects import <file.csv> | list", "Old site addresses: import a CSV of old address, new path; list the table.", Redirects.RedirectCommands.RunVerbAsync),
        ["help"] = new("help", "List the commands.", WriteHelpAsync),
    };

    /// <summary>Null when the arguments mean "serve the site" (none, or only host options such as
    /// <c>--urls=...</c>).</summary>
    public static CommandInvocation? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        // Only --key=value options reach the host: its command-line configuration would otherwise read a
        // path such as /data/updates as a "--data/updates" key swallowing the next argument.
        var hostArgs = args.Skip(1).Where(IsHostOption).ToArray();
        var verbArgs = args.Skip(1).Where(a => !IsHostOption(a)).ToArray();
        return new CommandInvocation(args[0], verbArgs, hostArgs);
    }

    /// <summary>Migrates (when configured), runs the verb and returns its exit code; the web server never starts.</summary>
    public static async Task<int> RunAsync(WebApplication app, CommandInvocation invocation)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            if (Verbs.ContainsKey(invocation.Verb))
            {
                await app.MigrateIfConfiguredAsync(cancellation.Token);
            }

            return await ExecuteAsync(app.Services, invocation, Console.Out, Console.Error, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception exception)
        {
            // Logged in full for whoever runs the deployment; the console gets the one line a person acts on.
            CommandFailed(app.Logger, exception, invocation.Verb);
            await Console.Error.WriteLineAsync($"{invocation.Verb} failed: {exception.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>Runs a verb in its own service scope, writing to the given writers (tests pass string writers).</summary>
    public static async Task<int> ExecuteAsync(IServiceProvider services, CommandInvocation invocation, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!Verbs.TryGetValue(invocation.Verb, out var verb))
        {
            await error.WriteLineAsync($"Unknown command '{invocation.Verb}'.");
            await WriteUsageAsync(error);
            return ExitCodes.Usage;
        }

        await using var scope = services.CreateAsyncScope();
        return await verb.RunAsync(new CommandContext(scope.ServiceProvider, invocation.Arguments, output, error, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Verb} failed")]
    private static partial void CommandFailed(ILogger logger, Exception exception, string verb);

    private static bool IsHostOption(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    private static async Task<int> WriteHelpAsync(CommandContext context)
    {
        await WriteUsageAsync(context.Output);
        return ExitCodes.Success;
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("Commands (run with no command to serve the site):");
        foreach (var verb in Verbs.Values)
        {
            await writer.WriteLineAsync($"  {verb.Usage,-40} {verb.Description}");
        }
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}

public sealed record CommandVerb(string Usage, string Description, Func<CommandContext, Task<int>> RunAsync);

public sealed record CommandInvocation(string Verb, IReadOnlyList<string> Arguments, string[] HostArgs);

/// <summary>What a verb gets: a service scope of its own, its arguments (without the verb and host options)
/// and where to write.</summary>
public sealed record CommandContext(IServiceProvider Services, IReadOnlyList<string> Arguments, TextWriter Output, TextWriter Error, CancellationToken CancellationToken);
