using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 for one test: Debian's aiosmtpd (python3-aiosmtpd) run as a child process with its
/// Mailbox handler, which stores every accepted message in a maildir. It can be stopped and started again on the same
/// port, as a mail server that goes down and comes back.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly TestDirectory _directory = new("smtp");
    private readonly long? _maxMessageBytes;
    private Process? _process;

    private LocalSmtpServer(int port, long? maxMessageBytes)
    {
        Port = port;
        _maxMessageBytes = maxMessageBytes;
        Maildir = _directory.File("maildir");
    }

    public static string Host => "127.0.0.1";

    public int Port { get; }

    public string Maildir { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The hub's settings for sending to this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HubSettings =>
    [
        new("Email:Transport", "Smtp"),
        new("Email:Smtp:Host", Host),
        new("Email:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Email:Smtp:Security", "None"),
        new("Email:Smtp:Timeout", "00:00:10"),
    ];

    /// <param name="maxMessageBytes">Refuse larger messages with 552 (SMTP SIZE), e.g. to see a permanent refusal.</param>
    public static async Task<LocalSmtpServer> StartAsync(long? maxMessageBytes = null)
    {
        var server = new LocalSmtpServer(FreePort(), maxMessageBytes);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port with the same maildir, and waits until it listens.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "aiosmtpd.handlers.Mailbox" })
        {
            start.ArgumentList.Add(argument);
        }

        if (_maxMessageBytes is { } size)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        start.ArgumentList.Add(Maildir);
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var errors = new System.Text.StringBuilder();
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartLimit;
        while (!await AcceptsConnectionsAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                string said;
                lock (errors)
                {
                    said = errors.ToString();
                }

                throw new InvalidOperationException(
                    $"aiosmtpd did not start on {Host}:{Port} (is python3-aiosmtpd installed? test.sh installs it): {said}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server (a mail server outage): connections are refused until it starts again.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message the server accepted so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var messages = new List<MimeMessage>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(Maildir, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
            {
                messages.Add(MimeMessage.Load(file));
            }
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _directory.Dispose();
    }

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(Host, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
