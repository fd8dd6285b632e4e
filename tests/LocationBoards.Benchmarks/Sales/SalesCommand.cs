using System.Globalization;
using LocationBoards.Benchmarks.Load;
using LocationBoards.Benchmarks.PlaceOrders;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// <c>sales</c> (issue 11): field sales processed per second through the hub's API, durable with their ledger entries
/// and outbox rows, beside the raw durable-commit baseline and order placing in the same run; then the outbox drained
/// to a real local SMTP server. The hub runs as its own process on a fresh seeded store with the simulator off and the
/// email sender off (so the sales' messages wait in the outbox); one job On site per submitter, each with its own
/// technician; one admin or dispatcher token records every sale as phoned in.
/// Phases: baseline; warm-up; (a) order placing, N submitters for S s; (b) sales, N submitters for S s; the hub
/// stopped and the store checked; (c) the hub started again sending through SMTP, timed until every message arrived.
/// </summary>
public static class SalesCommand
{
    private const double TargetSalesPerSecond = 500;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = LoadOptions.Parse(args.Contains("--concurrency") ? args : ["--concurrency", "20", .. args]);
        var submitters = options.Concurrency;
        var dataDirectory = options.DataDirectory ?? LoadHub.NewDataDirectory("sales");
        var store = new HubStore(dataDirectory);
        var sales = new SalesStore(store);
        var hubSettings = new Dictionary<string, string>
        {
            ["Dispatch__Simulator__Enabled"] = "false",
            ["Email__SenderEnabled"] = "false",
        };
        Console.WriteLine($"// sales on {Machine.Describe()}; hub {options.HubDll}");
        try
        {
            var baselineBefore = await PlaceOrdersCommand.MeasureBaselineAsync(dataDirectory, options.BaselineSeconds, "before the hub starts");
            IReadOnlyList<long> jobIds = [];
            var hub = await LoadHub.SeedPrepareAndStartAsync(
                options.HubDll,
                dataDirectory,
                async s =>
                {
                    await s.RaiseCapacityAndStockAsync();
                    jobIds = await new SalesStore(s).PutJobsOnSiteAsync(submitters);
                },
                hubSettings);
            long ordersBefore, salesBefore;
            LoadRun orderRun;
            SalesRun salesRun;
            LoadResult orders;
            SalesResult flatOut;
            await using (hub)
            {
                ordersBefore = await store.LastOrderIdAsync();
                salesBefore = await sales.LastSaleIdAsync();
                using var api = await OrderApi.SignInAsync(hub.Url, options.UserName, options.Password);
                var mix = await OrderMix.ReadAsync(store.DatabasePath, api);
                orderRun = new LoadRun(api, mix);
                using var saleApi = new SaleApi(hub.Url, api.Token);
                var jobs = new List<(long, object[])>();
                foreach (var jobId in jobIds)
                {
                    jobs.Add((jobId, await saleApi.LinesForJobAsync(jobId)));
                }

                Console.WriteLine($"// Jobs On site: {string.Join(", ", jobIds)} (one technician each; sales phoned in by {options.UserName}, charged to the account)");
                salesRun = new SalesRun(saleApi, jobs);
                var cpu = new CpuMeter(hub.ProcessId);

                Console.WriteLine($"// Warm-up: {options.WarmupSeconds} s of orders, 10 submitters, then {options.WarmupSeconds} s of sales, {submitters} submitters");
                Console.WriteLine(await orderRun.ClosedLoopAsync("warm-up orders", 10, TimeSpan.FromSeconds(options.WarmupSeconds)));
                Console.WriteLine(await salesRun.ClosedLoopAsync("warm-up sales", TimeSpan.FromSeconds(options.WarmupSeconds)));
                await Task.Delay(TimeSpan.FromSeconds(2));

                var phaseStart = cpu.Read();
                orders = await orderRun.ClosedLoopAsync(
                    string.Create(CultureInfo.InvariantCulture, $"(a) order placing, {submitters} submitters flat out for {options.Seconds} s"),
                    submitters,
                    TimeSpan.FromSeconds(options.Seconds));
                Console.WriteLine(orders);
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}; load average {Machine.LoadAverage()}");
                await Task.Delay(TimeSpan.FromSeconds(2));

                phaseStart = cpu.Read();
                flatOut = await salesRun.ClosedLoopAsync(
                    string.Create(CultureInfo.InvariantCulture, $"(b) sales, {submitters} submitters flat out for {options.Seconds} s"),
                    TimeSpan.FromSeconds(options.Seconds));
                Console.WriteLine(flatOut);
                Console.WriteLine($"//   {CpuMeter.Between(phaseStart, cpu.Read())}; load average {Machine.LoadAverage()}");
                await hub.StopAsync();
            }

            var ordersCheck = StoredOrdersCheck.Compare(orderRun.Acknowledged.ToArray(), await store.OrdersAfterAsync(ordersBefore));
            Console.WriteLine(ordersCheck);
            var salesCheck = SalesStoreCheck.Compare(salesRun.Processed.ToArray(), await sales.SalesAfterAsync(salesBefore));
            Console.WriteLine(salesCheck);

            Console.WriteLine("// (c) Outbox drain: the hub started again with Email:Transport Smtp to aiosmtpd on 127.0.0.1");
            var drain = await OutboxDrain.RunAsync(options.HubDll, dataDirectory, hubSettings, sales);
            Console.WriteLine(drain);

            var baselineAfter = await PlaceOrdersCommand.MeasureBaselineAsync(dataDirectory, options.BaselineSeconds, "after the hub stopped");

            // The disk is shared: of the two baseline measurements, the faster one is the ceiling to compare with.
            var baseline = baselineBefore.CommitsPerSecond >= baselineAfter.CommitsPerSecond ? baselineBefore : baselineAfter;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Ratio: {flatOut.ProcessedPerSecond:F0} sales/s = {flatOut.ProcessedPerSecond / orders.PlacedPerSecond:F2} × order placing ({orders.PlacedPerSecond:F0} orders/s, same {submitters} submitters) = {flatOut.ProcessedPerSecond / baseline.CommitsPerSecond:F2} × the raw one-commit-at-a-time ceiling ({baseline.CommitsPerSecond:F0}/s); median submit {flatOut.Submit.MedianMs:F2} ms = {flatOut.Submit.MedianMs / baseline.Latency.MedianMs:F0} × the median raw commit ({baseline.Latency.MedianMs:F2} ms)"));
            var errors = flatOut.FailureCount + orders.FailureCount;
            var pass = flatOut.ProcessedPerSecond >= TargetSalesPerSecond && errors == 0 && salesCheck.Exact && ordersCheck.Exact && drain.Exact;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"// Target (issue 11): >= {TargetSalesPerSecond:F0} sales/s with {submitters} submitters [{flatOut.ProcessedPerSecond:F0}], 0 errors [{errors}], every processed sale stored with its ledger entry and two outbox rows [{salesCheck.Exact}], orders acknowledged = stored [{ordersCheck.Exact}], every message delivered once [{drain.Exact}]: {(pass ? "PASS" : "FAIL")}; load average now {Machine.LoadAverage()}"));
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
}
