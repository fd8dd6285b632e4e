using System.Diagnostics;
using System.Globalization;
using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.Sales;

/// <summary>
/// The outbox drained to a real SMTP server: the hub started with the SMTP transport on a store whose outbox holds
/// the sales' unsent messages; timed from the hub's start until the server's maildir holds them all; then each
/// Message-ID is looked for exactly once among what arrived.
/// </summary>
public static class OutboxDrain
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<DrainResult> RunAsync(string hubDll, string dataDirectory, IReadOnlyDictionary<string, string> hubSettings, SalesStore store)
    {
        ArgumentNullException.ThrowIfNull(hubSettings);
        ArgumentNullException.ThrowIfNull(store);
        var expected = await store.UnsentMessageIdsAsync();
        await using var smtp = await LocalSmtp.StartAsync(Path.Combine(dataDirectory, "maildir"));
        var settings = new Dictionary<string, string>(hubSettings);
        foreach (var (key, value) in smtp.HubSettings)
        {
            settings[key] = value;
        }

        settings["Email__SenderEnabled"] = "true";
        var started = Stopwatch.GetTimestamp();
        var arrived = WaitForAsync(smtp, expected.Count, started);
        double healthyAfter;
        string cpuUse;
        await using (var hub = await HubProcess.StartAsync(hubDll, dataDirectory, settings))
        {
            healthyAfter = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var cpu = new CpuMeter(hub.ProcessId);
            var phaseStart = cpu.Read();
            await arrived;

            // A little longer, so a message sent twice would show.
            await Task.Delay(TimeSpan.FromSeconds(3));
            cpuUse = CpuMeter.Between(phaseStart, cpu.Read());
            await hub.StopAsync();
        }

        var allArrivedAfter = (await arrived) ?? double.NaN;
        var received = smtp.MessageIds();
        var counts = received.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        var missing = expected.Count(id => !counts.ContainsKey(id));
        var repeated = expected.Count(id => counts.TryGetValue(id, out var n) && n > 1);
        var unexpected = counts.Keys.Count(id => !expectedSet.Contains(id));
        return new DrainResult(expected.Count, received.Count, healthyAfter, allArrivedAfter, missing, repeated, unexpected, await store.FailedPermanentlyAsync(), cpuUse);
    }

    /// <summary>Seconds from <paramref name="started"/> until the maildir holds <paramref name="count"/> messages; null when the limit passed first.</summary>
    private static async Task<double?> WaitForAsync(LocalSmtp smtp, int count, long started)
    {
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            if (smtp.Count() >= count)
            {
                return Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            await Task.Delay(100);
        }

        return null;
    }
}

/// <summary>The drain: messages waiting, messages the server stored, seconds from the hub's start to healthy and to the last arrival, and what was wrong.</summary>
public sealed record DrainResult(int Expected, int Received, double HealthySeconds, double AllArrivedSeconds, int Missing, int Repeated, int Unexpected, int FailedPermanently, string CpuUse)
{
    public bool Exact => Missing == 0 && Repeated == 0 && Unexpected == 0 && FailedPermanently == 0 && Received == Expected;

    /// <summary>Messages a second from the hub's process start (its start-up included).</summary>
    public double PerSecondFromStart => Expected / AllArrivedSeconds;

    /// <summary>Messages a second from the hub answering /health (the sender may have begun a little before).</summary>
    public double PerSecondFromHealthy => Expected / Math.Max(0.001, AllArrivedSeconds - HealthySeconds);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"// Outbox drain to SMTP: {Expected} messages waiting; hub healthy after {HealthySeconds:F1} s, all in the maildir after {AllArrivedSeconds:F1} s = {PerSecondFromStart:F0} messages/s from the hub's start ({PerSecondFromHealthy:F0}/s from healthy); {Received} stored by the server, missing {Missing}, arrived more than once {Repeated}, not from the outbox {Unexpected}, failed permanently {FailedPermanently}: {(Exact ? "EXACT" : "NOT EXACT")}\n//   {CpuUse}");
}
