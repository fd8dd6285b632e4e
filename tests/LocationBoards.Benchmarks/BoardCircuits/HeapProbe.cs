using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// The managed heap of a running .NET process after a full, blocking garbage collection: the size of each
/// generation (which counts the free gaps a collection that did not compact leaves behind) and the bytes the
/// collection found alive (its promoted bytes; for a full collection, every live object).
/// </summary>
public sealed record HeapReading(long Gen0Bytes, long Gen1Bytes, long Gen2Bytes, long LargeObjectBytes, long PinnedObjectBytes, long LiveBytes, string Reason)
{
    public long TotalBytes => Gen0Bytes + Gen1Bytes + Gen2Bytes + LargeObjectBytes + PinnedObjectBytes;
}

/// <summary>
/// Reads the hub's managed heap from outside, through its diagnostics port, the way dotnet-gcdump does: an
/// EventPipe session that enables the runtime's GCHeapCollect keyword makes the runtime run one full blocking
/// collection, and the GC's own heap statistics event that follows says what survived. Nothing in the hub changes.
/// </summary>
public static class HeapProbe
{
    public static async Task<HeapReading> CollectAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var provider = new EventPipeProvider(
            "Microsoft-Windows-DotNETRuntime",
            EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect));
        using var session = client.StartEventPipeSession(provider, requestRundown: false);
        var reading = new TaskCompletionSource<HeapReading>(TaskCreationOptions.RunContinuationsAsynchronously);
        var processing = Task.Run(() =>
        {
            using var source = new EventPipeEventSource(session.EventStream);
            string? fullCollection = null;
            source.Clr.GCStart += e =>
            {
                if (e.Depth == 2)
                {
                    fullCollection = e.Reason.ToString();
                }
            };
            source.Clr.GCHeapStats += e =>
            {
                if (fullCollection is not null)
                {
                    reading.TrySetResult(new HeapReading(
                        e.GenerationSize0, e.GenerationSize1, e.GenerationSize2, e.GenerationSize3, e.GenerationSize4,
                        e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4,
                        fullCollection));
                }
            };
            source.Process();
        });

        var finished = await Task.WhenAny(reading.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        await session.StopAsync(CancellationToken.None);
        await processing;
        return finished == reading.Task
            ? await reading.Task
            : throw new TimeoutException("The hub did not report a full garbage collection within 60 seconds.");
    }
}
