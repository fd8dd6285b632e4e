namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// The hub's memory after a settling time: resident set (median over the settling time, and after one full
/// collection), the managed heap after that collection, and Chromium's share.
/// </summary>
public sealed record MemoryReading(long ResidentKiB, long ResidentAfterGcKiB, HeapReading Heap, long ChromiumKiB, string LoadAverage);

/// <summary>Processor time the hub and Chromium used over a quiet window with the boards open (heartbeats only), in percent of one core.</summary>
public sealed record IdleCpu(TimeSpan Window, double HubPercent, double ChromiumPercent);

/// <summary>Processor time the hub and Chromium used from the first order until every page showed every card.</summary>
public sealed record OrdersCpu(TimeSpan Elapsed, double HubSeconds, double ChromiumSeconds, IReadOnlyDictionary<string, double> ChromiumByKind)
{
    /// <summary>Chromium's processor time by kind of process, e.g. "renderer 61 %, gpu-process 22 %, browser 15 %".</summary>
    public string ChromiumShares() => string.Join(", ", ChromiumByKind.OrderByDescending(k => k.Value)
        .Select(k => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{k.Key} {k.Value / Math.Max(ChromiumSeconds, 1e-9) * 100:N0} %")));
}

/// <summary>Everything one size's run measured.</summary>
public sealed record BoardCircuitsRun(
    int Boards,
    TimeSpan OpeningTime,
    MemoryReading Baseline,
    MemoryReading Open,
    MemoryReading AfterOrders,
    MemoryReading Closed,
    IReadOnlyList<PlacedOrder> Orders,
    IReadOnlyList<double> PlacedToDrawnMs,
    IReadOnlyList<double> PlacedToFrameMs,
    int Missing,
    int OutsideNewColumn,
    int OfflinePages,
    int HubWarnings,
    int HubFailures,
    string LoadAverageDuringOrders,
    IdleCpu IdleCpu,
    OrdersCpu OrdersCpu,
    IReadOnlyList<double> PlacedToBrowserMs,
    BareRun? Bare)
{
    /// <summary>Live managed bytes per circuit (what a full collection found alive, with N boards open less with none).</summary>
    public double LivePerCircuitKiB => (Open.Heap.LiveBytes - Baseline.Heap.LiveBytes) / 1024.0 / Boards;

    /// <summary>The same with the run's orders on every board.</summary>
    public double LivePerCircuitAfterOrdersKiB => (AfterOrders.Heap.LiveBytes - Baseline.Heap.LiveBytes) / 1024.0 / Boards;

    /// <summary>Live bytes left per former circuit once every page was closed (a leak would show here).</summary>
    public double LiveLeftPerClosedCircuitKiB => (Closed.Heap.LiveBytes - Baseline.Heap.LiveBytes) / 1024.0 / Boards;

    /// <summary>Heap size per circuit, free gaps included.</summary>
    public double HeapPerCircuitKiB => (Open.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public double ResidentPerCircuitKiB => (Open.ResidentKiB - Baseline.ResidentKiB) / (double)Boards;

    public double ResidentAfterGcPerCircuitKiB => (Open.ResidentAfterGcKiB - Baseline.ResidentAfterGcKiB) / (double)Boards;

    public double ChromiumPerPageKiB => (Open.ChromiumKiB - Baseline.ChromiumKiB) / (double)Boards;

    /// <summary>What the 30 cards that arrived cost each circuit (managed heap after a full collection).</summary>
    public double HeapPerCircuitAfterOrdersKiB => (AfterOrders.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    /// <summary>What stays on the heap per former circuit once every board page was closed (a leak would show here).</summary>
    public double HeapLeftPerClosedCircuitKiB => (Closed.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public IReadOnlyList<double> ApiMs => [.. Orders.Select(o => o.ApiMilliseconds)];

    /// <summary>Chromium's processor time per order beyond what the open boards use idle, in milliseconds.</summary>
    public double ChromiumPerOrderMs =>
        (OrdersCpu.ChromiumSeconds - (IdleCpu.ChromiumPercent / 100 * OrdersCpu.Elapsed.TotalSeconds)) / Orders.Count * 1000;
}

/// <summary>The bare pages' run (<see cref="BarePages"/>): the same number of pages, cards sent on the same schedule.</summary>
public sealed record BareRun(int Pages, IReadOnlyList<double> SentToDrawnMs, IReadOnlyList<double> SentToBrowserMs, int Missing, double IdleChromiumPercent, OrdersCpu Cpu, int Cards)
{
    /// <summary>Card numbers far above any order's, so a bare card is never taken for one.</summary>
    public const long FirstCardNumber = 900_000_000;

    public double ChromiumPerCardMs => (Cpu.ChromiumSeconds - (IdleChromiumPercent / 100 * Cpu.Elapsed.TotalSeconds)) / Cards * 1000;
}
