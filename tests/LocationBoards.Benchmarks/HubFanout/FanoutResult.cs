using System.Diagnostics;
using System.Globalization;
using LocationBoards.Benchmarks.PlaceOrders;

namespace LocationBoards.Benchmarks.HubFanout;

/// <summary>
/// Delivery of a set of sent messages to a set of listeners: the latency of every (message, listener) delivery
/// from the message's submission start, and the deliveries that never came, came twice, or were not sent.
/// </summary>
public sealed record FanoutResult(string Path, int Messages, int Listeners, LatencySummary Latency, int Missing, int Repeats, int Unexpected)
{
    /// <summary>For orders placed through the API: each delivery's time after the API's answer had been read (negative when the event came first).</summary>
    public LatencySummary? AfterAnswer { get; init; }

    public bool ExactlyOnce => Missing == 0 && Repeats == 0 && Unexpected == 0;

    public static FanoutResult Measure(
        string path, IReadOnlyList<(long Id, long StartedAt, long AnsweredAt)> sent, IReadOnlyList<LiveListener> listeners, IReadOnlySet<long> everythingSent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(listeners);
        var latencies = new List<double>(sent.Count * listeners.Count);
        var afterAnswer = new List<double>(sent.Count * listeners.Count);
        var missing = 0;
        foreach (var listener in listeners)
        {
            foreach (var (id, startedAt, answeredAt) in sent)
            {
                if (listener.TryGetArrival(id, out var arrivedAt))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(startedAt, arrivedAt).TotalMilliseconds);
                    if (answeredAt != 0)
                    {
                        afterAnswer.Add(Stopwatch.GetElapsedTime(answeredAt, arrivedAt).TotalMilliseconds);
                    }
                }
                else
                {
                    missing++;
                }
            }
        }

        return new FanoutResult(
            path, sent.Count, listeners.Count, LatencySummary.Of(latencies), missing, listeners.Sum(l => l.Repeats), listeners.Sum(l => l.CountOthers(everythingSent)))
        {
            AfterAnswer = afterAnswer.Count == 0 ? null : LatencySummary.Of(afterAnswer),
        };
    }

    /// <summary>Waits (up to <paramref name="limit"/>) until every listener has every message; the rest count as missing.</summary>
    public static async Task WaitForDeliveryAsync(IReadOnlyList<LiveListener> listeners, IReadOnlyList<long> ids, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(listeners);
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline && !listeners.All(l => l.HasAll(ids)))
        {
            await Task.Delay(50);
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"// {Path}: {Messages} messages × {Listeners} clients = {Messages * Listeners} deliveries expected; latency {Latency}; missing {Missing}, repeated {Repeats}, not sent {Unexpected}: {(ExactlyOnce ? "exactly once" : "NOT exactly once")}")
        + (AfterAnswer is { } after ? $"{Environment.NewLine}//   the same deliveries counted from when the API's answer had been read: {after}" : string.Empty);
}
