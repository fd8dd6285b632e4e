using System.Collections.Concurrent;
using System.Diagnostics;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// Two ways of loading the hub. Closed loop: a fixed number of submitters, each sending its next order as soon
/// as the last is answered (measures throughput). Open loop: orders started on a fixed schedule whatever the
/// answers (measures latency at a given rate; latency counts from the scheduled start, so a late send counts too).
/// Every acknowledged order is kept, to check afterwards that the store holds exactly these.
/// </summary>
public sealed class LoadRun(OrderApi api, OrderMix mix)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _sent;

    public ConcurrentQueue<PlacedOrder> Acknowledged { get; } = new();

    public async Task<LoadResult> ClosedLoopAsync(string phase, int submitters, TimeSpan duration)
    {
        var latencies = new ConcurrentQueue<double>();
        var failures = new ConcurrentDictionary<int, int>();
        var placed = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, submitters).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                var (key, status, ms, orderId) = await PlaceNextAsync();
                if (status == 201)
                {
                    Interlocked.Increment(ref placed);
                    latencies.Enqueue(ms);
                    Acknowledged.Enqueue(new PlacedOrder(key, orderId, start, Stopwatch.GetTimestamp()));
                }
                else
                {
                    failures.AddOrUpdate(status, 1, (_, n) => n + 1);
                }
            }
        })));
        return new LoadResult(phase, placed, failures, Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(latencies));
    }

    /// <summary>
    /// Orders started at <paramref name="perSecond"/> for <paramref name="duration"/>. One thread of the generator's own
    /// keeps the schedule: it sleeps until each order is due (no spinning: the hub and the generator's own clients need
    /// the cores) and starts the request itself, not through the thread pool, where an order could wait behind the
    /// answers of others. The latency is counted from when the order was due, so the
    /// generator's own lateness is in the figure, never hidden (and reported on its own).
    /// </summary>
    public async Task<LoadResult> OpenLoopAsync(string phase, int perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentQueue<double>();
        var failures = new ConcurrentDictionary<int, int>();
        var placed = 0;
        var lateness = new ConcurrentQueue<double>();
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / (double)perSecond;
        var inFlight = new List<Task>(total);
        var started = Stopwatch.GetTimestamp();
        var scheduler = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = started + (long)(i * interval);
                WaitUntil(due);
                inFlight.Add(SendAsync(due));
            }
        })
        {
            IsBackground = true,
            Name = "open-loop schedule",
        };
        scheduler.Start();
        await Task.Run(scheduler.Join);

        async Task SendAsync(long due)
        {
            lateness.Enqueue(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
            var (key, status, _, orderId) = await PlaceNextAsync();
            var answeredAt = Stopwatch.GetTimestamp();
            var sinceDue = Stopwatch.GetElapsedTime(due, answeredAt).TotalMilliseconds;
            if (status == 201)
            {
                Interlocked.Increment(ref placed);
                latencies.Enqueue(sinceDue);
                Acknowledged.Enqueue(new PlacedOrder(key, orderId, due, answeredAt));
            }
            else
            {
                failures.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }

        await Task.WhenAll(inFlight);
        return new LoadResult(phase, placed, failures, Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(latencies))
        {
            SendLateness = LatencySummary.Of(lateness),
        };
    }

    /// <summary>Sleeps until due, never spinning: the hub and the generator's own clients need the cores.</summary>
    private static void WaitUntil(long due)
    {
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is var left && left > TimeSpan.Zero)
        {
            Thread.Sleep(left);
        }
    }

    private async Task<(string Key, int Status, double Milliseconds, long OrderId)> PlaceNextAsync()
    {
        var n = Interlocked.Increment(ref _sent);
        var key = $"load-{_run}-{n}";
        var (status, ms, orderId) = await api.PlaceAsync(mix[n], key);
        return (key, status, ms, orderId);
    }
}
