using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>A real <c>redis-server</c> on a free port of 127.0.0.1, with nothing saved to disk; one per fixture,
/// killed at the end. <see cref="Kill"/> and <see cref="StartAsync"/> take it down and bring it back on the same
/// port, as an outage would.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = FreePort();

    /// <summary>The value for <c>Redis:Configuration</c>.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        // Drained, so a chatty server can never block on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING (exited: {_process.HasExited}).");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Ends the server at once, as a crash would: no shutdown, no goodbye to its clients.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public Task DisposeAsync()
    {
        Kill();
        return Task.CompletedTask;
    }

    private static string Executable()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "redis-server is not installed. tests/run installs it (Debian's redis-server package); or run `apt-get install redis-server`.");
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
