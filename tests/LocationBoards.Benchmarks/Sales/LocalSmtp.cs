using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd (python3-aiosmtpd) with its Mailbox handler, which stores every
/// accepted message as a file in a maildir (as the integration tests' LocalSmtpServer, without their test folder).
/// </summary>
public sealed class LocalSmtp : IAsyncDisposable
{
    private readonly Process _process;

    private LocalSmtp(Process process, int port, string maildir) => (_process, Port, Maildir) = (process, port, maildir);

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The hub's settings (environment variables) for sending to this server.</summary>
    public IReadOnlyDictionary<string, string> HubSettings => new Dictionary<string, string>
    {
        ["Email__Transport"] = "Smtp",
        ["Email__Smtp__Host"] = "127.0.0.1",
        ["Email__Smtp__Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Email__Smtp__Security"] = "None",
    };

    public static async Task<LocalSmtp> StartAsync(string maildir)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalSmtp(process, port, maildir);
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (!await server.AcceptsConnectionsAsync())
        {
            if (process.HasExited || Stopwatch.GetTimestamp() > deadline)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd did not start on 127.0.0.1:{port} (is python3-aiosmtpd installed?).");
            }

            await Task.Delay(50);
        }

        return server;
    }

    /// <summary>How many messages the server has stored so far.</summary>
    public int Count() => Directory.Exists(NewFolder) ? Directory.GetFiles(NewFolder).Length : 0;

    /// <summary>The Message-ID of every stored message, without angle brackets (one entry per stored file).</summary>
    public IReadOnlyList<string> MessageIds() =>
        [.. Directory.GetFiles(NewFolder).Select(MessageIdOf)];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private string NewFolder => Path.Combine(Maildir, "new");

    private static string MessageIdOf(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
            {
                return line["Message-ID:".Length..].Trim().TrimStart('<').TrimEnd('>');
            }
        }

        return "";
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
