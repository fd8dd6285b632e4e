using System.Globalization;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>What one load phase achieved: orders placed (201), failures by HTTP status (0 = no answer), and the latencies of placed orders.</summary>
public sealed record LoadResult(string Phase, int Placed, IReadOnlyDictionary<int, int> Failures, double Seconds, LatencySummary Latency)
{
    public int FailureCount => Failures.Values.Sum();

    public double PlacedPerSecond => Placed / Seconds;

    /// <summary>Open loop only: how late the generator itself sent each order (its timer and thread pool), part of every latency above.</summary>
    public LatencySummary? SendLateness { get; init; }

    public override string ToString()
    {
        var failures = Failures.Count == 0
            ? "no failures"
            : string.Join(", ", Failures.OrderBy(f => f.Key).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} × HTTP {f.Key}")));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"// {Phase}: {Placed} orders placed in {Seconds:F1} s = {PlacedPerSecond:F0} orders/s; {failures}; latency {Latency}{(SendLateness is { } late ? $"\n//   of which the generator's own lateness in sending (due → sent) {late}" : string.Empty)}");
    }
}
