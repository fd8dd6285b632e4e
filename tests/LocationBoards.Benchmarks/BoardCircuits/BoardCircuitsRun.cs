namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// The hub's memory after a settling time: resident set (median over the settling time, and after one full
/// collection), the managed heap after that collection, and Chromium's share.
/// </summary>
public sealed record MemoryReading(long ResidentKiB, long ResidentAfterGcKiB, HeapReading Heap, long ChromiumKiB, string LoadAverage);

/// <summary>Processor time the hub and Chromium used over a quiet window with the boards open (heartbeats only), in percent of one core.</summary>
public sealed record IdleCpu(TimeSpan Window, double HubPercent, double ChromiumPercent);

/// <summary>Processor time the hub and Chromium used from the first order until every page showed every card.</summary>
public sealed record OrdersCpu(TimeSpan Elapsed, double HubSeconds, double ChromiumSeconds);

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
    OrdersCpu OrdersCpu)
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
}
