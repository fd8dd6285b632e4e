using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// `board-circuits`: for each size (50, 100, 200 by default) a fresh hub process with the demo data, one board opened,
/// an order placed and the board closed (warm-up), the hub's memory read with no board open, then that many board
/// pages opened in Chromium and the memory read again; then orders placed through the API once a second while
/// every page notes when each card appears. Memory per circuit is the difference divided by the number of boards.
/// Results go to the console and to artifacts/board-circuits/. See docs/benchmarks.md.
/// </summary>
public static class BoardCircuitsCommand
{
    private static readonly CompositeFormat ResultLine = CompositeFormat.Parse(
        "| {0} | {1:N0} KB | {2:N0} KB | {3:N0} KB | {4:N0} KB | {5:N0} KB | {6:N0} KB | {7:N0} | {8:N0} ms | {9:N0} ms | {10:N0} ms | {11:N1} ms | {12:N1} ms | {13} | {14:N1} KB | {15} |");

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is [HeapTypes.CountCommand, var dump, var output])
        {
            return HeapTypes.CountToFile(dump, output);
        }

        BoardCircuitsOptions options;
        try
        {
            options = BoardCircuitsOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var root = RepositoryRoot();
        var work = Path.Combine(root, "artifacts", "board-circuits");
        Directory.CreateDirectory(work);
        var hubDirectory = options.HubDirectory ?? Path.Combine(work, "hub");
        if (options.HubDirectory is null)
        {
            Console.WriteLine($"Publishing the hub (Release) to {hubDirectory} …");
            await HubProcess.PublishAsync(root, hubDirectory);
        }

        var runs = new List<BoardCircuitsRun>();
        var unfinished = new List<string>();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var reportPath = Path.Combine(work, $"results-{stamp}.md");
        foreach (var size in options.Sizes)
        {
            Console.WriteLine($"== {size} boards ==");
            try
            {
                var run = await RunSizeAsync(options, hubDirectory, Path.Combine(work, $"run-{size.ToString(CultureInfo.InvariantCulture)}"), size);
                runs.Add(run);
                Console.WriteLine(Report([run], []));
            }
            catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
            {
                // An overloaded machine (200 pages on two cores) can keep a page from opening at all; the sizes
                // measured so far still count, and the report says which size did not finish and why.
                var why = $"{size} boards: not measured, {ex.Message.Split('\n')[0]} (load {LoadAverage()})";
                unfinished.Add(why);
                Console.WriteLine(why);
            }

            // Written after every size, so a later size that overloads the machine loses nothing measured before it.
            await File.WriteAllTextAsync(reportPath, Report(runs, unfinished));
            await File.WriteAllTextAsync(Path.Combine(work, $"samples-{stamp}.csv"), Samples(runs));
        }

        Console.WriteLine(Report(runs, unfinished));
        Console.WriteLine($"Written to {reportPath}");
        return unfinished.Count == 0 ? 0 : 1;
    }

    private static async Task<BoardCircuitsRun> RunSizeAsync(BoardCircuitsOptions options, string hubDirectory, string folder, int boards)
    {
        Directory.CreateDirectory(folder);
        await using var hub = await HubProcess.StartAsync(hubDirectory, Path.Combine(folder, "data"), Path.Combine(folder, "hub.log"));
        Console.WriteLine($"Hub {hub.ProcessId} at {hub.BaseAddress}, log {hub.LogPath}");
        var facts = await StoreFacts.ReadAsync(hub.StorePath, options.LocationCode, options.Orders + 10);
        using var placer = await OrderPlacer.SignInAsync(hub.BaseAddress, options.UserName, options.Password, facts);
        await using var browser = await BoardBrowser.LaunchAsync(hub.BaseAddress);
        browser.PagesToWatch = options.PagesToWatch;
        await browser.SignInAsync(options.UserName, options.Password);

        // Warm-up: one board opened, one order placed and drawn, the board closed.
        var warm = await browser.OpenSingleAsync(facts.LocationId);
        var warmOrder = await placer.PlaceAsync();
        await WaitForCardsAsync([warm], [warmOrder.OrderId], TimeSpan.FromSeconds(60));
        await BoardBrowser.CloseAsync(warm);
        Console.WriteLine($"Warm-up done (order {warmOrder.OrderId} placed in {warmOrder.ApiMilliseconds:N1} ms); settling {options.Settle.TotalSeconds:N0} s");
        var baseline = await MeasureAsync(hub, options.Settle);
        Console.WriteLine($"Baseline: {Describe(baseline)}");
        var typesBefore = options.HeapTypes ? await HeapTypes.ReadAsync(hub.ProcessId, folder) : null;

        var opening = Stopwatch.StartNew();
        await browser.OpenBoardsAsync(facts.LocationId, boards, options.PagesPerContext, options.OpenParallelism);
        opening.Stop();
        Console.WriteLine($"{boards} boards open and live in {opening.Elapsed.TotalSeconds:N1} s; settling {options.Settle.TotalSeconds:N0} s");
        var open = await MeasureAsync(hub, options.Settle);
        Console.WriteLine($"Open: {Describe(open)}");
        var typesOpen = typesBefore is null ? null : await HeapTypes.ReadAsync(hub.ProcessId, folder);
        if (typesBefore is not null && typesOpen is not null)
        {
            Console.WriteLine(typesOpen.GrowthSince(typesBefore, boards, 40));
            await Task.Delay(options.Settle);
        }

        // A quiet window after the collection: what the open boards cost in processor time with no orders (heartbeats).
        var watched = await PageWork.WatchAsync(browser.Pages[0]);
        var workIdle = await PageWork.ReadAsync(watched);
        var idle = await IdleCpuAsync(hub, TimeSpan.FromSeconds(10));
        Console.WriteLine($"Idle with {boards} boards: hub {idle.HubPercent:N0} %, Chromium {idle.ChromiumPercent:N0} % of one core");
        var workBefore = await PageWork.ReadAsync(watched);
        Console.WriteLine($"Idle, {workBefore.PerItemSince(workIdle, 10, "second")}");

        var schedule = Stopwatch.StartNew();
        var (hubCpu, chromiumCpu) = (ProcessMemory.CpuSeconds(hub.ProcessId), ProcessMemory.ChromiumCpuSeconds());
        var loadDuringOrders = LoadAverage();
        var placed = await OnScheduleAsync(options, schedule, async i =>
        {
            var order = await placer.PlaceAsync();
            if (i == options.Orders / 2)
            {
                loadDuringOrders = LoadAverage();
            }

            return order;
        });

        var pages = browser.Pages;
        var seen = await WaitForCardsAsync(pages, [.. placed.Select(p => p.OrderId)], TimeSpan.FromSeconds(120));
        Console.WriteLine($"Orders, {(await PageWork.ReadAsync(watched)).PerItemSince(workBefore, placed.Count, "order (heartbeats included)")}");
        await watched.DetachAsync();
        var ordersCpu = new OrdersCpu(schedule.Elapsed, ProcessMemory.CpuSeconds(hub.ProcessId) - hubCpu, ProcessMemory.ChromiumCpuSecondsSince(chromiumCpu),
            ProcessMemory.ChromiumCpuSecondsByKindSince(chromiumCpu));
        var (drawn, frames, missing, outside) = Timings(seen, placed);
        var atBrowser = ArrivalTimes(browser.Watches, placed, OrderMarker);

        var offline = await browser.OfflineCountAsync();
        Console.WriteLine($"Orders placed: {placed.Count}; cards seen {drawn.Count}, missing {missing}, outside New {outside}, pages offline {offline}; settling");
        var afterOrders = await MeasureAsync(hub, options.Settle);
        Console.WriteLine($"After orders: {Describe(afterOrders)}");
        if (typesOpen is not null && await HeapTypes.ReadAsync(hub.ProcessId, folder) is { } typesAfter)
        {
            Console.WriteLine($"Growth from the {placed.Count} orders:");
            Console.WriteLine(typesAfter.GrowthSince(typesOpen, boards, 25));
        }
        // Every page closed: the circuits should go, and their memory with them.
        await browser.CloseBoardsAsync();
        var closed = await MeasureAsync(hub, options.Settle);
        Console.WriteLine($"All boards closed: {Describe(closed)}");
        var bare = options.BarePages ? await RunBarePagesAsync(options, browser, boards) : null;
        return new BoardCircuitsRun(boards, opening.Elapsed, baseline, open, afterOrders, closed, placed, drawn, frames, missing, outside, offline,
            hub.Warnings, hub.Failures, loadDuringOrders, idle, ordersCpu, atBrowser, bare);
    }

    /// <summary>
    /// The same number of pages in the same Chromium, each a bare page with one WebSocket (<see cref="BarePages"/>),
    /// sent a card on the same schedule as the orders: what drawing a card on that many pages costs without the hub
    /// and without Blazor.
    /// </summary>
    private static async Task<BareRun> RunBarePagesAsync(BoardCircuitsOptions options, BoardBrowser browser, int count)
    {
        await using var bare = await BarePages.StartAsync();
        await browser.OpenBarePagesAsync(bare.PageAddress, count, options.PagesPerContext, options.OpenParallelism);
        Console.WriteLine($"{bare.Connected} bare pages open at {bare.PageAddress}; settling {options.Settle.TotalSeconds:N0} s");
        await Task.Delay(options.Settle);
        var idlePercent = (await IdleCpuAsync(null, TimeSpan.FromSeconds(10))).ChromiumPercent;

        var schedule = Stopwatch.StartNew();
        var chromiumCpu = ProcessMemory.ChromiumCpuSeconds();
        var sent = await OnScheduleAsync(options, schedule, i => bare.SendAsync(BareRun.FirstCardNumber + i));

        var seen = await WaitForCardsAsync(browser.Pages, [.. sent.Select(s => s.OrderId)], TimeSpan.FromSeconds(120));
        var cpu = new OrdersCpu(schedule.Elapsed, 0, ProcessMemory.ChromiumCpuSecondsSince(chromiumCpu), ProcessMemory.ChromiumCpuSecondsByKindSince(chromiumCpu));
        var (drawn, _, missing, _) = Timings(seen, sent);
        var atBrowser = ArrivalTimes(browser.Watches, sent, BarePages.CardMarker);
        var run = new BareRun(bare.Connected, drawn, atBrowser, missing, idlePercent, cpu, sent.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bare pages: {drawn.Count} cards timed, sent → drawn median {Percentiles.Of(drawn, 50):N0} ms, p99 {Percentiles.Of(drawn, 99):N0} ms, missing {missing}; Chromium idle {idlePercent:N0} %, {run.ChromiumPerCardMs:N0} ms per card above idle ({cpu.ChromiumShares()})"));
        await browser.CloseBoardsAsync();
        return run;
    }

    /// <summary>The board's render batch that draws an order's card names the card's title element.</summary>
    private static string OrderMarker(long orderId) => $"order-{orderId.ToString(CultureInfo.InvariantCulture)}-title";

    /// <summary>For every watched page and order: sent → the first message holding the order reached the page's Chromium, in ms.</summary>
    private static List<double> ArrivalTimes(IReadOnlyDictionary<IPage, FrameWatch> watches, IReadOnlyList<PlacedOrder> sent, Func<long, string> marker)
    {
        var times = new List<double>();
        foreach (var watch in watches.Values)
        {
            foreach (var order in sent)
            {
                if (watch.FirstHolding(marker(order.OrderId)) is { } arrived)
                {
                    times.Add((arrived - order.SentMonotonicSeconds) * 1000);
                }
            }
        }

        return times;
    }

    /// <summary>For every (card, page) pair: sent → first in the page's DOM, sent → the next animation frame; cards never seen; cards seen outside New.</summary>
    private static (List<double> Drawn, List<double> Frames, int Missing, int Outside) Timings(
        IReadOnlyList<IReadOnlyDictionary<long, DrawnCard>> seen, IReadOnlyList<PlacedOrder> sent)
    {
        var drawn = new List<double>();
        var frames = new List<double>();
        int missing = 0, outside = 0;
        foreach (var cards in seen)
        {
            foreach (var (id, sentUnixMs, _, _) in sent)
            {
                if (!cards.TryGetValue(id, out var card))
                {
                    missing++;
                    continue;
                }

                drawn.Add(card.DrawnUnixMs - sentUnixMs);
                if (card.FrameUnixMs is { } frame)
                {
                    frames.Add(frame - sentUnixMs);
                }

                if (card.Column != "New")
                {
                    outside++;
                }
            }
        }

        return (drawn, frames, missing, outside);
    }

    private static async Task<IReadOnlyList<IReadOnlyDictionary<long, DrawnCard>>> WaitForCardsAsync(
        IReadOnlyList<IPage> pages, IReadOnlyList<long> orderIds, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var seen = new List<IReadOnlyDictionary<long, DrawnCard>>();
            foreach (var page in pages)
            {
                seen.Add(await BoardBrowser.DrawnAsync(page));
            }

            if (DateTime.UtcNow > until || seen.All(cards => orderIds.All(cards.ContainsKey)))
            {
                return seen;
            }

            await Task.Delay(500);
        }
    }

    /// <summary>
    /// Waits out the settling time while sampling the hub's resident set once a second (its median smooths over
    /// the GC's own cycles), then has the hub run one full collection and reads the heap and the resident set again.
    /// </summary>
    private static async Task<MemoryReading> MeasureAsync(HubProcess hub, TimeSpan settle)
    {
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < settle)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            samples.Add(ProcessMemory.ResidentKiB(hub.ProcessId));
        }

        var resident = samples.Count > 0 ? (long)Percentiles.Of(samples, 50) : ProcessMemory.ResidentKiB(hub.ProcessId);
        var chromium = ProcessMemory.ChromiumProportionalKiB();
        var heap = await HeapProbe.CollectAsync(hub.ProcessId);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return new MemoryReading(resident, ProcessMemory.ResidentKiB(hub.ProcessId), heap, chromium, LoadAverage());
    }

    /// <summary>Sends <see cref="BoardCircuitsOptions.Orders"/> cards on a fixed schedule (not back to back), so each arrives on quiet pages as a person's order would.</summary>
    private static async Task<List<PlacedOrder>> OnScheduleAsync(BoardCircuitsOptions options, Stopwatch schedule, Func<int, Task<PlacedOrder>> send)
    {
        var sent = new List<PlacedOrder>();
        for (var i = 0; i < options.Orders; i++)
        {
            var due = options.Interval * i;
            if (schedule.Elapsed < due)
            {
                await Task.Delay(due - schedule.Elapsed);
            }

            sent.Add(await send(i));
        }

        return sent;
    }

    /// <summary>Processor time over a quiet window: the hub's (none when it is not running) and Chromium's.</summary>
    private static async Task<IdleCpu> IdleCpuAsync(HubProcess? hub, TimeSpan window)
    {
        var clock = Stopwatch.StartNew();
        var (hubCpu, chromiumCpu) = (hub is null ? 0 : ProcessMemory.CpuSeconds(hub.ProcessId), ProcessMemory.ChromiumCpuSeconds());
        await Task.Delay(window);
        var seconds = clock.Elapsed.TotalSeconds;
        var hubSeconds = hub is null ? 0 : ProcessMemory.CpuSeconds(hub.ProcessId) - hubCpu;
        return new IdleCpu(clock.Elapsed, hubSeconds / seconds * 100, ProcessMemory.ChromiumCpuSecondsSince(chromiumCpu) / seconds * 100);
    }

    private static string Describe(MemoryReading m) => string.Create(CultureInfo.InvariantCulture,
        $"hub RSS median {m.ResidentKiB:N0} KB ({m.ResidentAfterGcKiB:N0} KB after a full GC, reason {m.Heap.Reason}), live managed {m.Heap.LiveBytes / 1024.0:N0} KB, heap {m.Heap.TotalBytes / 1024.0:N0} KB " +
        $"(gen0 {m.Heap.Gen0Bytes / 1024.0:N0}, gen1 {m.Heap.Gen1Bytes / 1024.0:N0}, gen2 {m.Heap.Gen2Bytes / 1024.0:N0}, LOH {m.Heap.LargeObjectBytes / 1024.0:N0}, POH {m.Heap.PinnedObjectBytes / 1024.0:N0}); " +
        $"Chromium PSS {m.ChromiumKiB:N0} KB; load {m.LoadAverage}");

    private static string LoadAverage()
    {
        var fields = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{fields[0]} {fields[1]} {fields[2]}";
    }

    private static string Report(IReadOnlyList<BoardCircuitsRun> runs, IReadOnlyList<string> unfinished)
    {
        var text = new StringBuilder();
        foreach (var why in unfinished)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {why}");
        }

        text.AppendLine();
        text.AppendLine("| Boards | Hub live managed bytes per circuit | The same with the run's orders on the board | Hub heap per circuit (free gaps included) | Hub RSS per circuit (medians) | Hub RSS per circuit after full GC | Chromium PSS per page | Cards timed | Placed→drawn median | p99 | max | API median | API p99 | Missing / outside New / offline | Live bytes left per circuit after closing | Hub warn / fail |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        foreach (var r in runs)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, ResultLine,
                r.Boards, r.LivePerCircuitKiB, r.LivePerCircuitAfterOrdersKiB, r.HeapPerCircuitKiB, r.ResidentPerCircuitKiB, r.ResidentAfterGcPerCircuitKiB, r.ChromiumPerPageKiB, r.PlacedToDrawnMs.Count,
                Percentiles.Of(r.PlacedToDrawnMs, 50), Percentiles.Of(r.PlacedToDrawnMs, 99), r.PlacedToDrawnMs.DefaultIfEmpty(double.NaN).Max(),
                Percentiles.Of(r.ApiMs, 50), Percentiles.Of(r.ApiMs, 99),
                $"{r.Missing} / {r.OutsideNewColumn} / {r.OfflinePages}", r.LiveLeftPerClosedCircuitKiB, $"{r.HubWarnings} / {r.HubFailures}");
            text.AppendLine();
        }

        text.AppendLine();
        text.AppendLine("| Boards | Idle (heartbeats only): hub processor | Idle: Chromium processor | Orders phase: first order to last card drawn | Hub processor in it | Chromium processor in it | Hub processor per order, above idle | Chromium processor per order, above idle |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
        {
            var elapsed = r.OrdersCpu.Elapsed.TotalSeconds;
            var hubPerOrder = (r.OrdersCpu.HubSeconds - (r.IdleCpu.HubPercent / 100 * elapsed)) / r.Orders.Count * 1000;
            var chromiumPerOrder = r.ChromiumPerOrderMs;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Boards} | {r.IdleCpu.HubPercent:N0} % of a core | {r.IdleCpu.ChromiumPercent:N0} % | {elapsed:N1} s | {r.OrdersCpu.HubSeconds / elapsed * 100:N0} % | " +
                $"{r.OrdersCpu.ChromiumSeconds / elapsed * 100:N0} % | {hubPerOrder:N0} ms | {chromiumPerOrder:N0} ms |");
        }

        if (runs.Any(r => r.Bare is not null))
        {
            text.AppendLine();
            text.AppendLine("| Pages | Board: placed → drawn median / p99 | Bare page: sent → drawn median / p99 | Board ÷ bare, median / p99 | Board: placed → its message at Chromium median / p99 (pages watched) | Bare: sent → at Chromium median / p99 | Chromium per card above idle, board / bare | Chromium idle, board / bare | Bare cards missing |");
            text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in runs.Where(r => r.Bare is not null))
            {
                var b = r.Bare!;
                double boardMedian = Percentiles.Of(r.PlacedToDrawnMs, 50), boardP99 = Percentiles.Of(r.PlacedToDrawnMs, 99);
                double bareMedian = Percentiles.Of(b.SentToDrawnMs, 50), bareP99 = Percentiles.Of(b.SentToDrawnMs, 99);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.Boards} | {boardMedian:N0} / {boardP99:N0} ms | {bareMedian:N0} / {bareP99:N0} ms | {boardMedian / bareMedian:N1}× / {boardP99 / bareP99:N1}× | " +
                    $"{Percentiles.Of(r.PlacedToBrowserMs, 50):N0} / {Percentiles.Of(r.PlacedToBrowserMs, 99):N0} ms ({r.PlacedToBrowserMs.Count} pairs) | {Percentiles.Of(b.SentToBrowserMs, 50):N0} / {Percentiles.Of(b.SentToBrowserMs, 99):N0} ms | " +
                    $"{r.ChromiumPerOrderMs:N0} / {b.ChromiumPerCardMs:N0} ms | {r.IdleCpu.ChromiumPercent:N0} / {b.IdleChromiumPercent:N0} % | {b.Missing} |");
            }
        }

        text.AppendLine();
        foreach (var r in runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {r.Boards} boards: opened in {r.OpeningTime.TotalSeconds:N1} s; baseline {Describe(r.Baseline)}; open {Describe(r.Open)}; " +
                $"after {r.Orders.Count} orders {Describe(r.AfterOrders)} (heap per circuit now {r.HeapPerCircuitAfterOrdersKiB:N0} KB); " +
                $"all pages closed {Describe(r.Closed)} (heap left per former circuit {r.HeapLeftPerClosedCircuitKiB:N1} KB); " +
                $"placed→drawn p90 {Percentiles.Of(r.PlacedToDrawnMs, 90):N1} ms, p99.9 {Percentiles.Of(r.PlacedToDrawnMs, 99.9):N1} ms; " +
                $"API max {r.ApiMs.DefaultIfEmpty(double.NaN).Max():N1} ms; placed→next animation frame (headless: frames are throttled) on {r.PlacedToFrameMs.Count} cards median {Percentiles.Of(r.PlacedToFrameMs, 50):N0} ms, p99 {Percentiles.Of(r.PlacedToFrameMs, 99):N0} ms; " +
                $"load during orders {r.LoadAverageDuringOrders}; from the first order until every card was on every page {r.OrdersCpu.Elapsed.TotalSeconds:N1} s, " +
                $"in which the hub used {r.OrdersCpu.HubSeconds:N1} s of processor ({r.OrdersCpu.HubSeconds / r.OrdersCpu.Elapsed.TotalSeconds * 100:N0} % of one core) " +
                $"and Chromium {r.OrdersCpu.ChromiumSeconds:N1} s ({r.OrdersCpu.ChromiumSeconds / r.OrdersCpu.Elapsed.TotalSeconds * 100:N0} %: {r.OrdersCpu.ChromiumShares()}){BareShares(r.Bare)}");
        }

        return text.ToString();
    }

    private static string BareShares(BareRun? bare) => bare is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $"; bare pages: Chromium {bare.Cpu.ChromiumSeconds:N1} s over {bare.Cpu.Elapsed.TotalSeconds:N1} s ({bare.Cpu.ChromiumShares()})");

    private static string Samples(IReadOnlyList<BoardCircuitsRun> runs)
    {
        var csv = new StringBuilder("boards,kind,milliseconds\n");
        foreach (var r in runs)
        {
            foreach (var ms in r.ApiMs)
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"{r.Boards},api,{ms:F2}");
            }

            foreach (var ms in r.PlacedToDrawnMs)
            {
                csv.AppendLine(CultureInfo.InvariantCulture, $"{r.Boards},drawn,{ms:F0}");
            }
        }

        return csv.ToString();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LocationBoards.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (LocationBoards.sln not found above the program).");
    }
}
