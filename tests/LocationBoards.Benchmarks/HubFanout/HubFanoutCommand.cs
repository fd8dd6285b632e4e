using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocationBoards.Benchmarks.Load;
using LocationBoards.Benchmarks.PlaceOrders;
using Microsoft.AspNetCore.SignalR.Client;

namespace LocationBoards.Benchmarks.HubFanout;

/// <summary>
/// <c>hub-fanout</c>: how long from an order's submission through the API until each of 100 live clients of its
/// location has the board event. The hub runs as its own process; the clients (SignalR .NET, WebSockets, bearer
/// tokens of Downtown's staff, a supervisor over Downtown and an admin) join Downtown's board; orders are pickups
/// at Downtown at a fixed rate. Beside it, in the same run: the same payload broadcast by a bare SignalR hub to
/// 100 clients, as the floor.
/// </summary>
public static class HubFanoutCommand
{
    private static readonly string[] Watchers = ["staff-downtown", "supervisor", "admin"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = LoadOptions.Parse(args);
        var dataDirectory = options.DataDirectory ?? LoadHub.NewDataDirectory("fanout");
        var store = new HubStore(dataDirectory);
        Console.WriteLine($"// hub-fanout on {Machine.Describe()}; hub {options.HubDll}");
        try
        {
            var (product, sample, check, events) = await MeasureHubAsync(options, dataDirectory, store);
            var bare = await MeasureBareAsync(options, sample);
            Console.WriteLine(product);
            Console.WriteLine(bare);
            Console.WriteLine(check);
            Console.WriteLine(events);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Ratio hub ÷ bare broadcast: median {product.Latency.MedianMs / bare.Latency.MedianMs:F1}×, p99 {product.Latency.P99Ms / bare.Latency.P99Ms:F1}×"));
            var pass = product.Latency.P99Ms < 25 && product.ExactlyOnce && check.Exact;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Target (issue 8): p99 < 25 ms end to end [{product.Latency.P99Ms:F2} ms], every client every event exactly once [{product.ExactlyOnce}]: {(pass ? "PASS" : "FAIL")}; load average now {Machine.LoadAverage()}"));
            return pass ? 0 : 1;
        }
        finally
        {
            if (!options.KeepData && options.DataDirectory is null)
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task<(FanoutResult Result, string Sample, StoredOrdersCheck Check, string Events)> MeasureHubAsync(
        LoadOptions options, string dataDirectory, HubStore store)
    {
        var hub = await LoadHub.SeedPrepareAndStartAsync(options.HubDll, dataDirectory, s => s.RaiseCapacityAndStockAsync());
        long before;
        LoadRun run;
        FanoutResult result;
        string sample;
        int downtown;
        await using (hub)
        {
            before = await store.LastOrderIdAsync();
            using var api = await OrderApi.SignInAsync(hub.Url, options.UserName, options.Password);
            var mix = await OrderMix.ReadAsync(store.DatabasePath, api, pickupsOnly: true);
            downtown = mix.PickupLocationId;
            var tokens = new List<string>();
            foreach (var user in Watchers)
            {
                using var watcher = await OrderApi.SignInAsync(hub.Url, user, options.Password);
                tokens.Add(watcher.Token);
            }

            var listeners = await ConnectAsync(options.Clients, i => (new Uri(hub.Url, "/hubs/live"), tokens[i % tokens.Count]));
            try
            {
                foreach (var listener in listeners)
                {
                    await listener.Connection.InvokeAsync<long>("JoinLocation", downtown);
                }

                Console.WriteLine($"// {listeners.Count} clients joined Downtown's board (location {downtown}) as {string.Join(", ", Watchers)}");
                run = new LoadRun(api, mix);
                var cpu = new CpuMeter(hub.ProcessId);
                var phaseStart = cpu.Read();
                Console.WriteLine(await run.OpenLoopAsync("warm-up", options.Rate, TimeSpan.FromSeconds(options.WarmupSeconds)));
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}");
                await FanoutResult.WaitForDeliveryAsync(listeners, [.. run.Acknowledged.Select(o => o.OrderId)], TimeSpan.FromSeconds(15));
                var warmup = run.Acknowledged.Count;

                phaseStart = cpu.Read();
                var placing = await run.OpenLoopAsync(
                    string.Create(CultureInfo.InvariantCulture, $"orders at {options.Rate}/s for {options.RateSeconds} s (API latency)"),
                    options.Rate,
                    TimeSpan.FromSeconds(options.RateSeconds));
                Console.WriteLine(placing);
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}");
                var measured = run.Acknowledged.Skip(warmup).Select(o => (o.OrderId, o.StartedAt, o.AnsweredAt)).ToList();
                await FanoutResult.WaitForDeliveryAsync(listeners, [.. measured.Select(m => m.OrderId)], TimeSpan.FromSeconds(15));
                result = FanoutResult.Measure(
                    string.Create(CultureInfo.InvariantCulture, $"Hub: order submitted through the API → board event at each client ({options.Rate}/s)"),
                    measured,
                    listeners,
                    run.Acknowledged.Select(o => o.OrderId).ToHashSet());
                sample = listeners.Select(l => l.Sample).First(s => s is not null)!;
            }
            finally
            {
                await DisconnectAsync(listeners);
            }

            await hub.StopAsync();
        }

        var check = StoredOrdersCheck.Compare(run.Acknowledged.ToArray(), await store.OrdersAfterAsync(before));
        var boardEvents = await store.BoardEventsAfterAsync(downtown, before);
        var gaps = boardEvents.Zip(boardEvents.Skip(1)).Count(p => p.Second.Sequence != p.First.Sequence + 1);
        var events = string.Create(
            CultureInfo.InvariantCulture,
            $"// Board events stored for Downtown: {boardEvents.Count} for {boardEvents.Select(e => e.OrderId).Distinct().Count()} orders, {gaps} gaps or repeats in the sequence numbers");
        return (result, sample, check, events);
    }

    private static async Task<FanoutResult> MeasureBareAsync(LoadOptions options, string sample)
    {
        Console.WriteLine($"// Bare broadcast payload: one real board event, {Encoding.UTF8.GetByteCount(sample)} bytes of JSON, with its order id replaced by a counter");
        await using var server = await BareBroadcastServer.StartAsync();
        var listeners = await ConnectAsync(options.Clients, _ => (server.HubUrl, null));
        try
        {
            var template = JsonNode.Parse(sample)!;
            var next = 1_000_000_000L;
            JsonElement Payload(long id)
            {
                template["orderId"] = id;
                return JsonSerializer.SerializeToElement(template);
            }

            await BroadcastAtRateAsync(server, options.Rate, TimeSpan.FromSeconds(options.WarmupSeconds), Payload, () => next++);
            var cpu = new CpuMeter(0);
            var phaseStart = cpu.Read();
            var sent = await BroadcastAtRateAsync(server, options.Rate, TimeSpan.FromSeconds(options.RateSeconds), Payload, () => next++);
            Console.WriteLine($"// Bare broadcast at {options.Rate}/s, {CpuMeter.Between(phaseStart, cpu.Read())}");
            await FanoutResult.WaitForDeliveryAsync(listeners, [.. sent.Select(s => s.Id)], TimeSpan.FromSeconds(15));
            var everything = Enumerable.Range(0, (int)(next - 1_000_000_000L)).Select(i => 1_000_000_000L + i).ToHashSet();
            return FanoutResult.Measure(
                string.Create(CultureInfo.InvariantCulture, $"Bare SignalR broadcast (Clients.All.SendAsync) → each client ({options.Rate}/s)"), sent, listeners, everything);
        }
        finally
        {
            await DisconnectAsync(listeners);
        }
    }

    /// <summary>Broadcasts at a fixed rate, each message's payload built before its due time; latency counts from when it was due.</summary>
    private static async Task<List<(long Id, long StartedAt, long AnsweredAt)>> BroadcastAtRateAsync(
        BareBroadcastServer server, int perSecond, TimeSpan duration, Func<long, JsonElement> payload, Func<long> nextId)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / (double)perSecond;
        var sent = new List<(long Id, long StartedAt, long AnsweredAt)>(total);
        var sending = new List<Task>(total);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var id = nextId();
            var message = payload(id);
            var due = started + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sent.Add((id, due, 0));
            sending.Add(server.BroadcastAsync(message));
        }

        await Task.WhenAll(sending);
        return sent;
    }

    private static async Task<List<LiveListener>> ConnectAsync(int count, Func<int, (Uri Url, string? Token)> target)
    {
        var listeners = new LiveListener[count];
        for (var i = 0; i < count; i += 10)
        {
            await Task.WhenAll(Enumerable.Range(i, Math.Min(10, count - i)).Select(async n =>
            {
                var (url, token) = target(n);
                listeners[n] = await LiveListener.ConnectAsync(url, token);
            }));
        }

        return [.. listeners];
    }

    private static async Task DisconnectAsync(IEnumerable<LiveListener> listeners)
    {
        foreach (var listener in listeners)
        {
            await listener.DisposeAsync();
        }
    }
}
