using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Benchmarks.PhoneLookup;

/// <summary>
/// Customer look-up by phone number with 200,000 customers in the SQLite file: the product's query (EF Core,
/// CustomerPhones.Number joined to Customers, no tracking, one short-lived context per look-up) beside the same
/// SQL forced to scan (SQLite's NOT INDEXED). BenchmarkDotNet reports means and medians per call; each
/// benchmark's cleanup also times single calls one by one and prints their median and 99th percentile.
/// </summary>
[SimpleJob(warmupCount: 10, iterationCount: 10)]
[MedianColumn]
[MemoryDiagnoser]
public class PhoneLookupBenchmarks
{
    private const int CustomerCount = 200_000;
    private const int SampleSize = 1_000;

    private PhoneLookupStore _store = null!;
    private string[] _numbers = [];
    private int _next;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _store = await PhoneLookupStore.CreateAsync(CustomerCount);
        var random = new Random(42);
        _numbers = [.. Enumerable.Range(0, SampleSize).Select(_ => PhoneLookupStore.Mobile(random.Next(1, CustomerCount + 1)))];
        await using var db = new AppDbContext(_store.Options);
        if (await db.CustomerPhones.CountAsync() < CustomerCount)
        {
            throw new InvalidOperationException("The benchmark store was not filled.");
        }
    }

    [Benchmark(Baseline = true, Description = "Indexed (product query)")]
    public async Task<int> Indexed()
    {
        await using var db = new AppDbContext(_store.Options);
        var number = NextNumber();
        var matches = await db.CustomerPhones
            .AsNoTracking()
            .Where(p => p.Number == number)
            .Join(db.Customers, p => p.CustomerId, c => c.Id, (p, c) => new CustomerMatch { Id = c.Id, FirstName = c.FirstName, LastName = c.LastName })
            .ToListAsync();
        return matches.Count;
    }

    [Benchmark(Description = "Scan (NOT INDEXED)")]
    public async Task<int> Scan()
    {
        await using var db = new AppDbContext(_store.Options);
        var number = NextNumber();
        var matches = await db.Database.SqlQuery<CustomerMatch>($"""
            SELECT "c0"."Id", "c0"."FirstName", "c0"."LastName"
            FROM "CustomerPhones" AS "c" NOT INDEXED
            INNER JOIN "Customers" AS "c0" ON "c"."CustomerId" = "c0"."Id"
            WHERE "c"."Number" = {number}
            """).ToListAsync();
        return matches.Count;
    }

    [GlobalCleanup(Target = nameof(Indexed))]
    public async Task CleanUpIndexedAsync()
    {
        await ReportPercentilesAsync("Indexed", Indexed, calls: 20_000);
        _store.Dispose();
    }

    [GlobalCleanup(Target = nameof(Scan))]
    public async Task CleanUpScanAsync()
    {
        await ReportPercentilesAsync("Scan", Scan, calls: 300);
        _store.Dispose();
    }

    private string NextNumber() => _numbers[_next++ % _numbers.Length];

    /// <summary>Times each call on its own (after BenchmarkDotNet's warm runs) and prints median and p99.</summary>
    private static async Task ReportPercentilesAsync(string name, Func<Task<int>> lookUp, int calls)
    {
        var elapsed = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await lookUp();
            elapsed[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(elapsed);
        var median = elapsed[calls / 2];
        var p99 = elapsed[(int)Math.Ceiling(calls * 0.99) - 1];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// PhoneLookup per-call latency, {name}: {calls} calls, median {median:F1} µs, p99 {p99:F1} µs, max {elapsed[^1]:F1} µs"));
    }
}
