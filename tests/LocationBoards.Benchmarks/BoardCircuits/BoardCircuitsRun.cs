namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>The hub's memory at one moment: resident set before and after one full collection, the managed heap after it, and Chromium's share.</summary>
public sealed record MemoryReading(long ResidentKiB, long ResidentAfterGcKiB, HeapReading Heap, long ChromiumKiB, string LoadAverage);

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
    string LoadAverageDuringOrders)
{
    public double HeapPerCircuitKiB => (Open.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public double ResidentPerCircuitKiB => (Open.ResidentKiB - Baseline.ResidentKiB) / (double)Boards;

    public double ResidentAfterGcPerCircuitKiB => (Open.ResidentAfterGcKiB - Baseline.ResidentAfterGcKiB) / (double)Boards;

    public double ChromiumPerPageKiB => (Open.ChromiumKiB - Baseline.ChromiumKiB) / (double)Boards;

    /// <summary>What the 30 cards that arrived cost each circuit (managed heap after a full collection).</summary>
    public double HeapPerCircuitAfterOrdersKiB => (AfterOrders.Heap.TotalBytes - Baseline.Heap.TotalBytes) / 1024.0 / Boards;

    public IReadOnlyList<double> ApiMs => [.. Orders.Select(o => o.ApiMilliseconds)];
}
