using System.Globalization;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>Median, 90th and 99th percentile (nearest rank) and the worst of a set of latencies in milliseconds.</summary>
public readonly record struct LatencySummary(int Count, double MedianMs, double P90Ms, double P99Ms, double MaxMs)
{
    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return default;
        }

        double Rank(double share) => sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * share) - 1)];
        return new LatencySummary(sorted.Length, Rank(0.5), Rank(0.9), Rank(0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"median {MedianMs:F2} ms, p90 {P90Ms:F2} ms, p99 {P99Ms:F2} ms, max {MaxMs:F1} ms ({Count} samples)");
}
