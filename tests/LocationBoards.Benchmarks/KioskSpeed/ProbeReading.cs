namespace LocationBoards.Benchmarks.KioskSpeed;

/// <summary>What <see cref="PageProbe.Read"/> returns (milliseconds).</summary>
public sealed class ProbeReading
{
    public double? Lcp { get; set; }

    public double LongestEvent { get; set; }

    public double? FirstInput { get; set; }

    public int Interactions { get; set; }

    public double[] Taps { get; set; } = [];

    /// <summary>INP as far as the page can tell: the longest interaction seen (event timing reports only those of 16 ms or more; first-input always).</summary>
    public double Inp => Math.Max(LongestEvent, FirstInput ?? 0);
}
