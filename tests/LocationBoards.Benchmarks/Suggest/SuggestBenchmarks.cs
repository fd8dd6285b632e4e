using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;

namespace LocationBoards.Benchmarks.Suggest;

/// <summary>
/// Suggest (issue 10) with 2,000 technicians and 500 open jobs: <see cref="TechnicianMatcher.Suggest"/>, the ranking
/// behind the hub's JobSuggestions (every technician assessed: skill, shift in their time zone, position age, job in
/// hand; available ones ranked by minutes away, load, distance, id, each with its reasons in words; the rest listed
/// with why they were left out), for one job at a time, the 500 jobs in turn. Beside it, a floor: the same
/// technicians filtered by skill and sorted by great-circle distance, nothing else (no availability, no words).
/// The cleanups also time single calls one by one (median, p99), printed as <c>// Suggest per-call latency</c>.
/// In process (no separate benchmark build): on the shared machine a second build of the project takes many minutes.
/// </summary>
[InProcess]
[WarmupCount(10)]
[IterationCount(15)]
[MedianColumn]
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private readonly DispatchOptions _options = new();
    private SuggestWorld _world = null!;
    private int _next;

    [Params(2_000)]
    public int Technicians { get; set; }

    [Params(500)]
    public int OpenJobs { get; set; }

    [GlobalSetup]
    public void SetUp() => _world = new SuggestWorld(Technicians, OpenJobs, seed: 2026);

    [Benchmark(Description = "TechnicianMatcher.Suggest (product)")]
    public int ProductSuggest() =>
        TechnicianMatcher.Suggest(NextJob(), _world.Technicians, SuggestWorld.NowUtc, _options).Suggestions.Count;

    [Benchmark(Baseline = true, Description = "Floor: skill filter + distance sort")]
    public int DistanceSortFloor()
    {
        var job = NextJob();
        var candidates = new List<(double Metres, int Id)>(_world.Technicians.Count);
        foreach (var technician in _world.Technicians)
        {
            if (technician.Position is { } at && technician.HasSkill(job.SkillNeeded))
            {
                candidates.Add((GreatCircle.DistanceMetres(at.Point, job.Place), technician.TechnicianId));
            }
        }

        candidates.Sort();
        return candidates.Count;
    }

    [GlobalCleanup(Target = nameof(ProductSuggest))]
    public void CleanUpProduct()
    {
        var sample = TechnicianMatcher.Suggest(_world.Jobs[0], _world.Technicians, SuggestWorld.NowUtc, _options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Suggest world: job 1 needs {_world.Jobs[0].SkillNeeded}: {sample.Suggestions.Count} suggested, {sample.LeftOut.Count} left out; \"{sample.Summary}\""));
        ReportPercentiles("TechnicianMatcher.Suggest", ProductSuggest, calls: 5_000);
    }

    [GlobalCleanup(Target = nameof(DistanceSortFloor))]
    public void CleanUpFloor() => ReportPercentiles("Floor: skill filter + distance sort", DistanceSortFloor, calls: 5_000);

    private FieldJob NextJob() => _world.Jobs[_next++ % _world.Jobs.Count];

    private void ReportPercentiles(string name, Func<int> call, int calls)
    {
        var elapsed = new double[calls];
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            elapsed[i] = (Stopwatch.GetTimestamp() - start) * 1e6 / Stopwatch.Frequency;
        }

        var seconds = Stopwatch.GetElapsedTime(total).TotalSeconds;

        // On a shared machine a call waits for a core: wall-clock time overstates the work, processor time does not.
        var processorPerCall = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMicroseconds / calls;
        Array.Sort(elapsed);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Suggest per-call latency, {name}, {Technicians} technicians, {OpenJobs} jobs: {calls} calls, median {elapsed[calls / 2]:F1} µs, p99 {elapsed[(int)Math.Ceiling(calls * 0.99) - 1]:F1} µs, max {elapsed[^1]:F1} µs, {calls / seconds:F0} calls/s; processor time per call (mean) {processorPerCall:F1} µs; load average {File.ReadAllText("/proc/loadavg")[..14]}"));
    }
}
