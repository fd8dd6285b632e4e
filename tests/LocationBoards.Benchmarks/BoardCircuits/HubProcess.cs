using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// The published hub run as its own process, as in production: Production environment, its own data
/// directory seeded from the demo data on first start, listening on a free loopback port. Its console goes to
/// a log file; warnings and failures are counted so a run can say whether a circuit threw.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private int _warnings;
    private int _failures;
    private bool _closed;

    private HubProcess(Process process, Uri baseAddress, string dataDirectory, string logPath)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        LogPath = logPath;
        _log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public string LogPath { get; }

    public int ProcessId => _process.Id;

    public string StorePath => Path.Combine(DataDirectory, "locationboards.db");

    /// <summary>Lines the hub logged at warning level ("warn:").</summary>
    public int Warnings => Volatile.Read(ref _warnings);

    /// <summary>Lines the hub logged at error or critical level ("fail:", "crit:").</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Publishes src/LocationBoards.Hub in Release into the folder (static web assets are served from publish output).</summary>
    public static async Task PublishAsync(string repositoryRoot, string outputDirectory)
    {
        var project = Path.Combine(repositoryRoot, "src", "LocationBoards.Hub", "LocationBoards.Hub.csproj");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", outputDirectory, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the hub failed ({publish.ExitCode}).");
        }
    }

    public static async Task<HubProcess> StartAsync(string hubDirectory, string dataDirectory, string logPath)
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        Directory.CreateDirectory(dataDirectory);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            WorkingDirectory = hubDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(hubDirectory, "LocationBoards.Hub.dll"));
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["Seed__Enabled"] = "true";
        start.Environment["Seed__ShowDemoLogins"] = "false";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The hub did not start.");
        var hub = new HubProcess(process, baseAddress, dataDirectory, logPath);
        process.OutputDataReceived += (_, e) => hub.Record(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await hub.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }

        return hub;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("warn:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _warnings);
        }
        else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
        }

        lock (_logLock)
        {
            if (!_closed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The hub exited ({_process.ExitCode}) while starting; see {LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy seeding.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The hub was not healthy within {limit}; see {LogPath}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the hub as an orchestrator would (SIGTERM, then a kill after 20 seconds).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
            {
                if (term is not null)
                {
                    await term.WaitForExitAsync();
                }
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        lock (_logLock)
        {
            _closed = true;
            _log.Dispose();
        }
    }
}
