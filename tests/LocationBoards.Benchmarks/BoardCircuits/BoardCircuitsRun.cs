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
    public double HeapPerCircuitKiB => (Open.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public double ResidentPerCircuitKiB => (Open.ResidentKiB - Baseline.ResidentKiB) / (double)Boards;

    public double ResidentAfterGcPerCircuitKiB => (Open.ResidentAfterGcKiB - Baseline.ResidentAfterGcKiB) / (double)Boards;

    public double ChromiumPerPageKiB => (Open.ChromiumKiB - Baseline.ChromiumKiB) / (double)Boards;

    /// <summary>What the 30 cards that arrived cost each circuit (managed heap after a full collection).</summary>
    public double HeapPerCircuitAfterOrdersKiB => (AfterOrders.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public IReadOnlyList<double> ApiMs => [.. Orders.Select(o => o.ApiMilliseconds)];
}
