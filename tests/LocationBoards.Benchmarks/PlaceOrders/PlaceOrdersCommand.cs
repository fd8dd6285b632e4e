using System.Globalization;
using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// <c>place-orders</c>: orders per second and placement latency through the hub's HTTP API, the hub running as a
/// separate process on its own seeded SQLite file. Phases: warm-up; (a) a fixed 200 orders/s (open loop) for
/// latency; (b) 50 submitters flat out (closed loop) for throughput. Then: a sample read back through the API,
/// the hub stopped, and the store compared with what was acknowledged. Last, on the same disk with the hub
/// stopped, the baseline: raw single-row SQLite commits, each its own transaction, synchronous=FULL.
/// </summary>
public static class PlaceOrdersCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = LoadOptions.Parse(args);
        var dataDirectory = options.DataDirectory ?? LoadHub.NewDataDirectory("orders");
        var store = new HubStore(dataDirectory);
        Console.WriteLine($"// place-orders on {Machine.Describe()}; hub {options.HubDll}");
        try
        {
            var baselineBefore = await MeasureBaselineAsync(dataDirectory, options.BaselineSeconds, "before the hub starts");
            var hub = await LoadHub.SeedPrepareAndStartAsync(options.HubDll, dataDirectory, s => s.RaiseCapacityAndStockAsync());
            long before;
            LoadRun run;
            List<LoadResult> results = [];
            (int Ok, int Wrong) readBack;
            await using (hub)
            {
                before = await store.LastOrderIdAsync();
                using var api = await OrderApi.SignInAsync(hub.Url, options.UserName, options.Password);
                var mix = await OrderMix.ReadAsync(store.DatabasePath, api);
                run = new LoadRun(api, mix);

                Console.WriteLine($"// Warm-up: {options.WarmupSeconds} s, 10 submitters");
                var cpu = new CpuMeter(hub.ProcessId);
                var phaseStart = cpu.Read();
                Console.WriteLine(await run.ClosedLoopAsync("warm-up", 10, TimeSpan.FromSeconds(options.WarmupSeconds)));
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}");
                await Task.Delay(TimeSpan.FromSeconds(2));

                phaseStart = cpu.Read();
                results.Add(await run.OpenLoopAsync(
                    string.Create(CultureInfo.InvariantCulture, $"(a) fixed rate {options.Rate}/s for {options.RateSeconds} s"),
                    options.Rate,
                    TimeSpan.FromSeconds(options.RateSeconds)));
                Console.WriteLine(results[^1]);
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}");
                await Task.Delay(TimeSpan.FromSeconds(2));

                phaseStart = cpu.Read();
                results.Add(await run.ClosedLoopAsync(
                    string.Create(CultureInfo.InvariantCulture, $"(b) {options.Concurrency} submitters flat out for {options.Seconds} s"),
                    options.Concurrency,
                    TimeSpan.FromSeconds(options.Seconds)));
                Console.WriteLine(results[^1]);
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}");

                readBack = await ReadBackSampleAsync(api, run.Acknowledged.ToArray(), 500);
                Console.WriteLine($"// Read back through GET /api/orders/{{id}}: {readBack.Ok} of {readBack.Ok + readBack.Wrong} sampled acknowledged orders found with their id");
                await hub.StopAsync();
            }

            var check = StoredOrdersCheck.Compare(run.Acknowledged.ToArray(), await store.OrdersAfterAsync(before));
            Console.WriteLine(check);

            var baselineAfter = await MeasureBaselineAsync(dataDirectory, options.BaselineSeconds, "after the hub stopped");

            // The disk is shared: of the two baseline measurements, the faster one is the ceiling to compare with.
            var baseline = baselineBefore.CommitsPerSecond >= baselineAfter.CommitsPerSecond ? baselineBefore : baselineAfter;
            var commitsPerSecond = baseline.CommitsPerSecond;

            var fixedRate = results[0];
            var flatOut = results[1];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Ratio: the API placed {flatOut.PlacedPerSecond:F0} orders/s = {flatOut.PlacedPerSecond / commitsPerSecond:F1} × the raw one-commit-at-a-time ceiling ({commitsPerSecond:F0}/s); median placement at {options.Rate}/s {fixedRate.Latency.MedianMs:F2} ms = {fixedRate.Latency.MedianMs / baseline.Latency.MedianMs:F0} × the median raw commit ({baseline.Latency.MedianMs:F2} ms)"));
            var errors = results.Sum(r => r.FailureCount);
            var pass = flatOut.PlacedPerSecond >= 3_000 && fixedRate.Latency.MedianMs < 5 && errors == 0 && check.Exact && readBack.Wrong == 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Target (issue 7): >= 3,000 orders/s with {options.Concurrency} submitters [{flatOut.PlacedPerSecond:F0}], median < 5 ms at {options.Rate}/s [{fixedRate.Latency.MedianMs:F2} ms], 0 errors [{errors}], acknowledged = stored [{check.Exact}]: {(pass ? "PASS" : "FAIL")}; load average now {Machine.LoadAverage()}"));
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

    internal static async Task<(double CommitsPerSecond, LatencySummary Latency)> MeasureBaselineAsync(string folder, int seconds, string when)
    {
        var (commitsPerSecond, latency) = await DurableCommitBaseline.MeasureAsync(folder, seconds);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Baseline {when}: raw single-row SQLite commits (WAL, synchronous=FULL), {seconds} s: {commitsPerSecond:F0} commits/s; commit latency {latency}"));
        return (commitsPerSecond, latency);
    }

    /// <summary>Reads back an evenly spread sample of acknowledged orders through the API (200 with the same id).</summary>
    private static async Task<(int Ok, int Wrong)> ReadBackSampleAsync(OrderApi api, PlacedOrder[] acknowledged, int sample)
    {
        int ok = 0, wrong = 0;
        var step = Math.Max(1, acknowledged.Length / sample);
        for (var i = 0; i < acknowledged.Length; i += step)
        {
            var (status, id) = await api.ReadAsync(acknowledged[i].OrderId);
            if (status == 200 && id == acknowledged[i].OrderId)
            {
                ok++;
            }
            else
            {
                wrong++;
            }
        }

        return (ok, wrong);
    }
}
