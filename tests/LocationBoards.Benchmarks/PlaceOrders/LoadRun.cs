using System.Collections.Concurrent;
using System.Diagnostics;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// Two ways of loading the hub. Closed loop: a fixed number of submitters, each sending its next order as soon
/// as the last is answered (measures throughput). Open loop: orders started on a fixed schedule whatever the
/// answers (measures latency at a given rate; latency counts from the scheduled start, so a late send counts too).
/// </summary>
public sealed class LoadRun(OrderApi api, OrderMix mix)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _sent;

    public async Task<LoadResult> ClosedLoopAsync(string phase, int submitters, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<int, int>();
        var placed = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, submitters).Select(_ => Task.Run(async () =>
        {
            var own = new List<double>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var (status, ms) = await PlaceNextAsync();
                if (status == 201)
                {
                    Interlocked.Increment(ref placed);
                    own.Add(ms);
                }
                else
                {
                    failures.AddOrUpdate(status, 1, (_, n) => n + 1);
                }
            }

            foreach (var ms in own)
            {
                latencies.Add(ms);
            }
        })));
        return new LoadResult(phase, placed, failures, Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(latencies));
    }

    public async Task<LoadResult> OpenLoopAsync(string phase, int perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<int, int>();
        var placed = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / (double)perSecond;
        var started = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = started + (long)(i * interval);
            var wait = (due - Stopwatch.GetTimestamp()) * 1000.0 / Stopwatch.Frequency;
            if (wait >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            }

            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.SpinWait(20);
            }

            inFlight.Add(Task.Run(async () =>
            {
                var (status, _) = await PlaceNextAsync();
                var sinceDue = (Stopwatch.GetTimestamp() - due) * 1000.0 / Stopwatch.Frequency;
                if (status == 201)
                {
                    Interlocked.Increment(ref placed);
                    latencies.Add(sinceDue);
                }
                else
                {
                    failures.AddOrUpdate(status, 1, (_, n) => n + 1);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return new LoadResult(phase, placed, failures, Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(latencies));
    }

    private Task<(int Status, double Milliseconds)> PlaceNextAsync()
    {
        var n = Interlocked.Increment(ref _sent);
        return api.PlaceAsync(mix[n], $"load-{_run}-{n}");
    }
}
