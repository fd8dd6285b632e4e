namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>Percentiles by linear interpolation between the closest ranks (as Excel's PERCENTILE.INC).</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> samples, double percentile)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = percentile / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
