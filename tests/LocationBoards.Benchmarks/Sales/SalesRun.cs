using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LocationBoards.Benchmarks.PlaceOrders;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// Closed loop of sales: one submitter per job On site, each going draft → agree → submit on its own job and starting
/// the next sale as soon as the last is answered (one sale in progress per job; a processed one does not block the
/// next). Every sale answered "processed" is kept, to check the store afterwards.
/// </summary>
public sealed class SalesRun(SaleApi api, IReadOnlyList<(long JobId, object[] Lines)> jobs)
{
    public ConcurrentQueue<long> Processed { get; } = new();

    public async Task<SalesResult> ClosedLoopAsync(string phase, TimeSpan duration)
    {
        var submitLatencies = new ConcurrentQueue<double>();
        var wholeLatencies = new ConcurrentQueue<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var processed = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(jobs.Select(job => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                var draft = await api.DraftAsync(Guid.NewGuid(), job.JobId, job.Lines);
                if (draft.Status != 201)
                {
                    Fail(failures, "draft", draft.Status);
                    continue;
                }

                var agreed = await api.AgreeAsync(draft.SaleId, draft.Version);
                if (agreed.Status != 200)
                {
                    Fail(failures, "agree", agreed.Status);
                    continue;
                }

                var submitted = await api.SubmitAsync(draft.SaleId, agreed.Version);
                if (submitted.Status == 200 && submitted.SaleStatus == "processed")
                {
                    Interlocked.Increment(ref processed);
                    submitLatencies.Enqueue(submitted.Milliseconds);
                    wholeLatencies.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    Processed.Enqueue(submitted.SaleId);
                }
                else
                {
                    Fail(failures, submitted.Status == 200 ? $"submit ({submitted.SaleStatus})" : "submit", submitted.Status);
                }
            }
        })));
        return new SalesResult(
            phase, processed, failures, Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(submitLatencies), LatencySummary.Of(wholeLatencies));
    }

    private static void Fail(ConcurrentDictionary<string, int> failures, string step, int status) =>
        failures.AddOrUpdate(string.Create(CultureInfo.InvariantCulture, $"{step} HTTP {status}"), 1, (_, n) => n + 1);
}

/// <summary>What one sales phase achieved: sales processed, failures by step and HTTP status (0 = no answer), submit and whole-sale latencies.</summary>
public sealed record SalesResult(string Phase, int Processed, IReadOnlyDictionary<string, int> Failures, double Seconds, LatencySummary Submit, LatencySummary Whole)
{
    public int FailureCount => Failures.Values.Sum();

    public double ProcessedPerSecond => Processed / Seconds;

    public override string ToString()
    {
        var failures = Failures.Count == 0
            ? "no failures"
            : string.Join(", ", Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} × {f.Key}")));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"// {Phase}: {Processed} sales processed in {Seconds:F1} s = {ProcessedPerSecond:F0} sales/s; {failures}\n//   submit latency {Submit}\n//   draft → agree → submit latency {Whole}");
    }
}
