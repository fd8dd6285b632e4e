using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Routing;

namespace LocationBoards.Benchmarks.Routing;

/// <summary>
/// Routing an order to the nearest location, with 10, 1,000 and 100,000 locations worldwide: the k-d tree's
/// nearest entry (<see cref="LocationIndex.Nearest"/>), the whole <see cref="LocationRouter.Route"/> with every
/// constraint evaluated and passing, and a brute-force haversine scan over every location as the reference.
/// BenchmarkDotNet reports the mean per query; each benchmark's cleanup also times single queries one by one
/// (median, p99, queries per second) and the k-d tree's and router's cleanups count, over many random origins,
/// how often they agree with the scan (same great-circle distance within 1e-6 m).
/// </summary>
[SimpleJob(warmupCount: 10, iterationCount: 15)]
[MedianColumn]
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const int OriginCount = 4_096;
    private const double AgreementToleranceMetres = 1e-6;

    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly AllPassLoad _load = new();
    private RoutingWorld _world = null!;
    private LocationIndex _index = null!;
    private LocationRouter _router = null!;
    private GeoPoint[] _origins = [];
    private RoutingRequest[] _requests = [];
    private int _next;

    [Params(10, 1_000, 100_000)]
    public int Locations { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _world = new RoutingWorld(Locations, seed: 2026);
        _index = new LocationIndex(_world.Points);
        _router = new LocationRouter(_world.Locations, DistanceUnit.Kilometres);
        var random = new Random(7);
        _origins = [.. Enumerable.Range(0, OriginCount).Select(_ => RoutingWorld.RandomPoint(random))];
        _requests = [.. _origins.Select(o => RoutingWorld.Pickup(o, Noon))];
    }

    [Benchmark(Baseline = true, Description = "k-d tree Nearest")]
    public int KdTreeNearest() => _index.Nearest(_origins[Next()]);

    [Benchmark(Description = "LocationRouter.Route (all constraints pass)")]
    public int? RouterRoute() => _router.Route(_requests[Next()], _load).LocationId;

    [Benchmark(Description = "Great-circle scan (brute force)")]
    public int BruteForceScan() => GreatCircleScan.Nearest(_world.Points, _origins[Next()]);

    [GlobalCleanup(Target = nameof(KdTreeNearest))]
    public void CleanUpKdTree()
    {
        ReportPercentiles("k-d tree Nearest", () => KdTreeNearest(), calls: 200_000);
        ReportAgreement("k-d tree Nearest", origin => _index.Nearest(origin));
    }

    [GlobalCleanup(Target = nameof(RouterRoute))]
    public void CleanUpRouter()
    {
        ReportPercentiles("LocationRouter.Route", () => RouterRoute() ?? -1, calls: 200_000);
        ReportAgreement("LocationRouter.Route", origin => _router.Route(RoutingWorld.Pickup(origin, Noon), _load).LocationId!.Value - 1);
    }

    [GlobalCleanup(Target = nameof(BruteForceScan))]
    public void CleanUpScan() =>
        ReportPercentiles("Great-circle scan", BruteForceScan, calls: Math.Clamp(20_000_000 / Locations, 300, 200_000));

    private int Next() => _next++ & (OriginCount - 1);

    /// <summary>Times each query on its own (after BenchmarkDotNet's warm runs) and prints median, p99 and queries per second.</summary>
    private void ReportPercentiles(string name, Func<int> query, int calls)
    {
        var elapsed = new double[calls];
        var total = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            query();

            // Raw ticks: a TimeSpan would round to 0.1 µs.
            elapsed[i] = (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
        }

        var seconds = Stopwatch.GetElapsedTime(total).TotalSeconds;
        Array.Sort(elapsed);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Routing per-query latency, {name}, {Locations} locations: {calls} queries, median {elapsed[calls / 2]:F3} µs, p99 {elapsed[(int)Math.Ceiling(calls * 0.99) - 1]:F3} µs, max {elapsed[^1]:F1} µs, {calls / seconds:F0} queries/s"));
    }

    /// <summary>
    /// Fresh random origins (not the benchmark's), each answered by the method and by the haversine scan; they
    /// agree when the two chosen locations are the same great-circle distance away within 1e-6 m. The scan is
    /// the slow part, so it runs on every core; with 100,000 locations fewer origins are checked.
    /// </summary>
    private void ReportAgreement(string name, Func<GeoPoint, int> nearest)
    {
        var queries = Locations >= 100_000 ? 20_000 : 100_000;
        var random = new Random(11);
        var origins = Enumerable.Range(0, queries).Select(_ => RoutingWorld.RandomPoint(random)).ToArray();
        var answers = origins.Select(nearest).ToArray();
        var agreed = 0;
        var worst = 0.0;
        var started = Stopwatch.GetTimestamp();
        Parallel.For(
            0,
            queries,
            () => (Agreed: 0, Worst: 0.0),
            (q, _, local) =>
            {
                var origin = origins[q];
                var expected = GreatCircle.DistanceMetres(origin, _world.Points[GreatCircleScan.Nearest(_world.Points, origin)]);
                var actual = GreatCircle.DistanceMetres(origin, _world.Points[answers[q]]);
                var difference = Math.Abs(actual - expected);
                return (local.Agreed + (difference <= AgreementToleranceMetres ? 1 : 0), Math.Max(local.Worst, difference));
            },
            local =>
            {
                Interlocked.Add(ref agreed, local.Agreed);
                lock (origins)
                {
                    worst = Math.Max(worst, local.Worst);
                }
            });
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Routing agreement, {name}, {Locations} locations: {agreed} of {queries} random queries agree with the great-circle scan ({100.0 * agreed / queries:F3} %), largest difference {worst:G3} m (checked in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s)"));
    }
}
