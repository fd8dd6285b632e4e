using System.Diagnostics;
using System.Globalization;
using LocationBoards.Benchmarks.BoardCircuits;
using LocationBoards.Benchmarks.DispatchLoad;
using LocationBoards.Benchmarks.Load;
using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.DispatchMap;

/// <summary>
/// <c>dispatch-map</c> (issue 10): the published hub as its own process with 2,000 technicians added (simulator off),
/// every one sending a position a second through the load generator (as in dispatch-positions); Debian's Chromium
/// (headless, 1600 × 1000) signed in as the demo dispatcher on /dispatch. Measures the time from navigation start to
/// the first animation frame with every technician's marker drawn, then frames per second while the map is dragged
/// with the mouse (left and right, in small steps, as a person pans), beside the same page left still (baseline).
/// </summary>
public static class DispatchMapCommand
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = DispatchLoadOptions.Parse(args);
        var technicians = options.Technicians ?? 2000;
        var interval = TimeSpan.FromMilliseconds(options.IntervalMs);
        Console.WriteLine($"// dispatch-map on {Machine.Describe()}; hub {options.HubDll}; {technicians} technicians every {options.IntervalMs} ms");
        var hub = await DispatchHub.StartAsync(options, technicians, "map");
        try
        {
            await using (hub)
            {
                // Signed in before the load starts: the sign-in is not what is measured.
                using var playwright = await Playwright.CreateAsync();
                await using var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = "/usr/bin/chromium",
                    Headless = true,
                    Args = ChromiumArgs,
                });
                await using var context = await chromium.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = hub.Process.Url.ToString(),
                    ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
                    Locale = "en-US",
                    TimezoneId = "America/Los_Angeles",
                });
                // A loaded two-core machine answers slowly (sign-in hashes a password; the map loads 2,000 technicians).
                context.SetDefaultTimeout(180_000);
                context.SetDefaultNavigationTimeout(180_000);
                var page = await context.NewPageAsync();
                await SignInAsync(page, options.DispatcherUser, options.Password);

                await using var senders = await PositionSenders.ConnectAsync(hub.LiveHubUrl, hub.Crew, hub.Minter.For);
                using var stop = new CancellationTokenSource();
                var sending = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        await senders.SendAsync(TimeSpan.FromSeconds(5), interval);
                    }
                });
                Console.WriteLine($"// {senders.Count} technicians connected and sending; load average {Machine.LoadAverage()}");
                await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));

                var cpu = new CpuMeter(hub.Process.ProcessId);
                var draws = new List<double>();
                for (var load = 0; load < 3; load++)
                {
                    await page.GotoAsync("/dispatch");
                    draws.Add(await MapProbe.AllMarkersDrawnAsync(page, technicians, TimeSpan.FromMinutes(2)));
                    Console.WriteLine(Line($"// Load {load + 1}: all {technicians} technicians drawn {draws[^1]:F0} ms after navigation start; load average {Machine.LoadAverage()}"));
                }

                await Task.Delay(TimeSpan.FromSeconds(3));
                var box = await page.Locator(MapProbe.Canvas).BoundingBoxAsync() ?? throw new InvalidOperationException("The map is not on the page.");
                var still = new List<double>();
                var panning = new List<double>();
                var gaps = new List<double>();
                for (var run = 0; run < options.Pans; run++)
                {
                    var stillStart = cpu.Read();
                    await MapProbe.StartFramesAsync(page);
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    var quiet = await MapProbe.StopFramesAsync(page);
                    still.Add(FramesPerSecond(quiet));
                    var stillCpu = CpuMeter.Between(stillStart, cpu.Read());

                    var panStart = cpu.Read();
                    await MapProbe.StartFramesAsync(page);
                    var clock = Stopwatch.StartNew();
                    await DragAsync(page, box, TimeSpan.FromSeconds(4));
                    var frames = await MapProbe.StopFramesAsync(page);
                    panning.Add(FramesPerSecond(frames));
                    gaps.AddRange(frames.Zip(frames.Skip(1), (a, b) => b - a));
                    Console.WriteLine(Line($"// Run {run + 1}: still {still[^1]:F1} fps ({stillCpu}); dragging for {clock.Elapsed.TotalSeconds:F1} s: {panning[^1]:F1} fps, longest frame {frames.Zip(frames.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max():F0} ms ({CpuMeter.Between(panStart, cpu.Read())}); markers {await MapProbe.MarkersAsync(page)}; load average {Machine.LoadAverage()}"));
                }

                await stop.CancelAsync();
                await sending;
                var outcomes = senders.Outcomes;
                Console.WriteLine(Line($"// Positions answered while the map ran: accepted {outcomes.Accepted}, ignored {outcomes.Ignored}, refused {outcomes.Refused}, failed {outcomes.Failed}"));
                Console.WriteLine(Line($"// Time to first draw of all {technicians} markers: {string.Join(", ", draws.Select(d => d.ToString("F0", CultureInfo.InvariantCulture)))} ms (median {Percentiles.Of(draws, 50):F0} ms)"));
                Console.WriteLine(Line($"// Frames per second: still median {Percentiles.Of(still, 50):F1}; dragging median {Percentiles.Of(panning, 50):F1}, worst run {panning.Min():F1}; frame interval while dragging median {Percentiles.Of(gaps, 50):F1} ms, p95 {Percentiles.Of(gaps, 95):F1} ms, p99 {Percentiles.Of(gaps, 99):F1} ms"));
                var pass = Percentiles.Of(panning, 50) >= 30;
                Console.WriteLine(Line($"// Target (issue 10): 30 fps or more while panning [{Percentiles.Of(panning, 50):F1} median, {panning.Min():F1} worst]: {(pass ? "PASS" : "FAIL")}; load average now {Machine.LoadAverage()}"));
                return pass ? 0 : 1;
            }
        }
        finally
        {
            if (!options.KeepData)
            {
                Directory.Delete(hub.DataDirectory, recursive: true);
            }
        }
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>Drags the map left and right with the mouse, 10 px a move, until <paramref name="duration"/> has passed.</summary>
    private static async Task DragAsync(IPage page, LocatorBoundingBoxResult box, TimeSpan duration)
    {
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var clock = Stopwatch.StartNew();
        var direction = 1;
        while (clock.Elapsed < duration)
        {
            await page.Mouse.MoveAsync((float)x, (float)y);
            await page.Mouse.DownAsync();
            for (var step = 1; step <= 30; step++)
            {
                await page.Mouse.MoveAsync((float)(x + (direction * step * 10)), (float)(y + (direction * step * 3)));
            }

            await page.Mouse.UpAsync();
            direction = -direction;
        }
    }

    private static double FramesPerSecond(double[] frames) =>
        frames.Length < 2 ? 0 : (frames.Length - 1) / ((frames[^1] - frames[0]) / 1000);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
