using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LocationBoards.Benchmarks.Load;

/// <summary>
/// The hub as a separate process, started by the load generator the way an operator starts it
/// (<c>dotnet LocationBoards.Hub.dll</c> in its own folder, Production environment, settings from environment
/// variables): its own data folder, seeding on, a free loopback port. Its console goes to hub.log in the data folder.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private HubProcess(Process process, StreamWriter log, Uri url, string logPath)
    {
        _process = process;
        _log = log;
        Url = url;
        LogPath = logPath;
    }

    public Uri Url { get; }

    public string LogPath { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the hub and waits until GET /health answers 200 (migrations applied, seed loaded).</summary>
    public static async Task<HubProcess> StartAsync(string hubDll, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(hubDll))
        {
            throw new FileNotFoundException($"The hub is not built: run `dotnet build LocationBoards.sln -c Release` first ({hubDll}).");
        }

        Directory.CreateDirectory(dataDirectory);
        var port = FreeLoopbackPort();
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hubDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hubDll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["Seed__Enabled"] = "true";
        start.Environment["Seed__ShowDemoLogins"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var logPath = Path.Combine(dataDirectory, "hub.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, log, url, logPath);
        try
        {
            // Migrating and seeding a new store takes minutes on a busy shared machine (password hashing for every seeded user).
            await hub.WaitUntilHealthyAsync(TimeSpan.FromMinutes(10));
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }

        return hub;
    }

    /// <summary>Asks the hub to stop (SIGTERM, as `docker stop` does) and waits; kills it only if it does not stop within 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            await signal!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine($"// The hub (pid {_process.Id}) did not stop within 30 s of SIGTERM; killing it.");
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The hub exited with code {_process.ExitCode} while starting; see {LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The hub did not become healthy within {limit}; see {LogPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines after the log was closed.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
