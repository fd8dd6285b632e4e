using System.Globalization;
using LocationBoards.Benchmarks.BoardCircuits;
using LocationBoards.Benchmarks.DispatchLoad;
using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.DispatchPositions;

/// <summary>
/// <c>dispatch-positions</c> (issue 10): the hub as its own process with 1,000 technicians added and the simulator
/// off; 20 dispatcher clients joined to dispatch; then (1) an idle baseline with every client connected and nothing
/// sent, (2) a warm-up, (3) the measured phase: every technician sends one position a second over their own
/// connection. For every position each dispatcher receives, the delay from its timestamp to arrival; and the hub
/// process's processor use in each phase, from /proc.
/// </summary>
public static class DispatchPositionsCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = DispatchLoadOptions.Parse(args);
        var technicians = options.Technicians ?? 1000;
        var interval = TimeSpan.FromMilliseconds(options.IntervalMs);
        Console.WriteLine($"// dispatch-positions on {Machine.Describe()}; hub {options.HubDll}; {technicians} technicians every {options.IntervalMs} ms, {options.Dispatchers} dispatchers");
        var hub = await DispatchHub.StartAsync(options, technicians, "positions");
        try
        {
            await using (hub)
            {
                var listeners = new List<DispatcherListener>();
                for (var i = 0; i < options.Dispatchers; i++)
                {
                    listeners.Add(await DispatcherListener.ConnectAsync(hub.LiveHubUrl, hub.DispatcherToken));
                }

                await using var senders = await PositionSenders.ConnectAsync(hub.LiveHubUrl, hub.Crew, hub.Minter.For);
                Console.WriteLine($"// {listeners.Count} dispatchers joined dispatch as {options.DispatcherUser}; {senders.Count} technicians connected; load average {Machine.LoadAverage()}");
                var cpu = new CpuMeter(hub.Process.ProcessId);
                await Task.Delay(TimeSpan.FromSeconds(10)); // connecting is not idling

                var idleStart = cpu.Read();
                await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
                var idleEnd = cpu.Read();
                var idleReceived = listeners.Sum(l => l.Totals.Positions);
                Console.WriteLine(Line($"// Idle baseline, {options.IdleSeconds} s, all clients connected, nothing sent: hub {HubCpu.Cores(idleStart, idleEnd):F3} cores; {CpuMeter.Between(idleStart, idleEnd)}; positions received {idleReceived}; load average {Machine.LoadAverage()}"));

                var warmStart = cpu.Read();
                var warmLate = await senders.SendAsync(TimeSpan.FromSeconds(options.WarmupSeconds), interval);
                Console.WriteLine(Line($"// Warm-up, {options.WarmupSeconds} s, {warmLate.Count} positions sent: hub {HubCpu.Cores(warmStart, cpu.Read()):F3} cores; {CpuMeter.Between(warmStart, cpu.Read())}"));
                await Task.Delay(TimeSpan.FromSeconds(2));

                var before = senders.Outcomes;
                var windowStart = DateTime.UtcNow;
                var windowEnd = windowStart.AddSeconds(options.Seconds + 60);
                foreach (var listener in listeners)
                {
                    listener.Record(windowStart, windowEnd);
                }

                var loadStart = cpu.Read();
                var late = await senders.SendAsync(TimeSpan.FromSeconds(options.Seconds), interval);
                var loadEnd = cpu.Read();
                var loadAverage = Machine.LoadAverage();
                await Task.Delay(TimeSpan.FromSeconds(3));
                var after = senders.Outcomes;
                var accepted = after.Accepted - before.Accepted;
                var delays = listeners.Select(l => l.Delays()).ToList();
                var all = delays.SelectMany(d => d).ToList();
                var hubCores = HubCpu.Cores(loadStart, loadEnd);
                Console.WriteLine(Line($"// Measured, {options.Seconds} s: {late.Count} positions sent ({late.Count / (double)options.Seconds:F0}/s); answers: accepted {accepted}, ignored {after.Ignored - before.Ignored}, refused {after.Refused - before.Refused}, failed {after.Failed - before.Failed}"));
                Console.WriteLine(Line($"//   send lateness against the schedule: median {Percentiles.Of(late, 50):F1} ms, p99 {Percentiles.Of(late, 99):F1} ms, max {late.DefaultIfEmpty(0).Max():F1} ms"));
                Console.WriteLine(Line($"//   hub {hubCores:F3} cores; {CpuMeter.Between(loadStart, loadEnd)}; load average {loadAverage}"));
                Console.WriteLine(Line($"//   delivered to dispatchers: {all.Count} of {accepted * listeners.Count} (accepted × {listeners.Count}); per dispatcher min {delays.Min(d => d.Count)}, max {delays.Max(d => d.Count)}; the rest were superseded by a newer position of the same technician within one broadcast tick (by design, the map needs only the latest)"));
                var last = senders.LastAccepted();
                var current = listeners.Count(l => { var seen = l.Latest(); return last.All(p => seen.TryGetValue(p.Key, out var at) && at == p.Value); });
                Console.WriteLine(Line($"//   dispatchers holding every technician's newest accepted position at the end: {current} of {listeners.Count} ({last.Count} technicians)"));
                var (positions, batches) = (listeners.Sum(l => l.Totals.Positions), listeners.Sum(l => l.Totals.Batches));
                Console.WriteLine(Line($"//   batches per dispatcher {batches / (double)listeners.Count:F0} over the whole run, {positions / (double)Math.Max(1, batches):F0} positions a batch on average"));
                var p50 = Percentiles.Of(all, 50);
                var p99 = Percentiles.Of(all, 99);
                Console.WriteLine(Line($"// Position sent → each dispatcher received: median {p50:F1} ms, p90 {Percentiles.Of(all, 90):F1} ms, p99 {p99:F1} ms, max {all.DefaultIfEmpty(double.NaN).Max():F1} ms"));
                var idleCores = HubCpu.Cores(idleStart, idleEnd);
                Console.WriteLine(Line($"// Hub processor: idle {idleCores:F3} cores, under load {hubCores:F3} cores (+{hubCores - idleCores:F3}); ratio {hubCores / idleCores:F1}×"));
                var pass = p99 < 1500 && hubCores < 0.5;
                Console.WriteLine(Line($"// Target (issue 10): p99 < 1,500 ms [{p99:F1} ms] and hub < 0.5 core [{hubCores:F3}]: {(pass ? "PASS" : "FAIL")}; load average now {Machine.LoadAverage()}"));
                foreach (var listener in listeners)
                {
                    await listener.DisposeAsync();
                }

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

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
