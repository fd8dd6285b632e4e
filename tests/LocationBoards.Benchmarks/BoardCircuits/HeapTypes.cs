using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>
/// Live objects on the hub's managed heap counted by type: the runtime writes a heap dump of the hub (through its
/// diagnostics port, as dotnet-dump does) and a child process of this program reads it with ClrMD, so that a fault
/// in the dump reader cannot end the benchmark. Only objects reachable from the roots are counted.
/// </summary>
public sealed class HeapTypes
{
    private readonly Dictionary<string, (long Count, long Bytes)> _byType;

    private HeapTypes(Dictionary<string, (long Count, long Bytes)> byType) => _byType = byType;

    /// <summary>Dumps the process and counts its live objects by type; null (with a note on the console) if that failed.</summary>
    public static async Task<HeapTypes?> ReadAsync(int processId, string workFolder)
    {
        var dump = Path.Combine(workFolder, $"hub-{processId.ToString(CultureInfo.InvariantCulture)}.dmp");
        var counts = dump + ".tsv";
        try
        {
            await new DiagnosticsClient(processId).WriteDumpAsync(DumpType.WithHeap, dump, logDumpGeneration: false, CancellationToken.None);
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("No path to this program.");
            var start = new ProcessStartInfo(self) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(typeof(HeapTypes).Assembly.Location);
            }

            foreach (var arg in new[] { "board-circuits", CountCommand, dump, counts })
            {
                start.ArgumentList.Add(arg);
            }

            using var child = Process.Start(start) ?? throw new InvalidOperationException("The dump reader did not start.");
            await child.WaitForExitAsync();
            if (child.ExitCode != 0)
            {
                Console.WriteLine($"(Heap types not available: the dump reader exited with {child.ExitCode.ToString(CultureInfo.InvariantCulture)}.)");
                return null;
            }

            var byType = new Dictionary<string, (long Count, long Bytes)>();
            foreach (var line in await File.ReadAllLinesAsync(counts))
            {
                var fields = line.Split('\t');
                byType[fields[0]] = (long.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
            }

            return new HeapTypes(byType);
        }
        finally
        {
            File.Delete(dump);
            File.Delete(counts);
        }
    }

    /// <summary>The argument that makes this program a dump reader: `board-circuits --count-heap-types DUMP OUTPUT`.</summary>
    public const string CountCommand = "--count-heap-types";

    /// <summary>In the child process: counts the dump's live objects by type into a tab-separated file.</summary>
    public static int CountToFile(string dumpPath, string outputPath)
    {
        var byType = new Dictionary<string, (long Count, long Bytes)>();
        using var target = DataTarget.LoadDump(dumpPath);
        using var runtime = target.ClrVersions[0].CreateRuntime();
        var heap = runtime.Heap;
        var live = new HashSet<ulong>();
        var pending = new Stack<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            if (root.Object.Address != 0 && live.Add(root.Object.Address))
            {
                pending.Push(root.Object.Address);
            }
        }

        while (pending.Count > 0)
        {
            var item = heap.GetObject(pending.Pop());
            if (!item.IsValid)
            {
                continue;
            }

            foreach (var reference in item.EnumerateReferenceAddresses(carefully: false, considerDependantHandles: true))
            {
                if (reference != 0 && live.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        foreach (var item in heap.EnumerateObjects())
        {
            if (!item.IsValid || item.IsFree || !live.Contains(item.Address))
            {
                continue;
            }

            var name = item.Type?.Name ?? "?";
            var (count, bytes) = byType.GetValueOrDefault(name);
            byType[name] = (count + 1, bytes + (long)item.Size);
        }

        File.WriteAllLines(outputPath, byType.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}\t{t.Value.Count}\t{t.Value.Bytes}")));
        return 0;
    }

    /// <summary>The types that grew most from <paramref name="before"/> to this, per circuit.</summary>
    public string GrowthSince(HeapTypes before, int circuits, int top)
    {
        ArgumentNullException.ThrowIfNull(before);
        var rows = _byType.Keys.Union(before._byType.Keys)
            .Select(name =>
            {
                var now = _byType.GetValueOrDefault(name);
                var then = before._byType.GetValueOrDefault(name);
                return (Name: name, Count: now.Count - then.Count, Bytes: now.Bytes - then.Bytes);
            })
            .OrderByDescending(r => r.Bytes)
            .ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Heap growth by type, per circuit ({circuits} circuits), total {rows.Sum(r => r.Bytes) / 1024.0 / circuits:N1} KB:");
        text.AppendLine("| Type | Objects per circuit | Bytes per circuit |");
        text.AppendLine("|---|---:|---:|");
        foreach (var (name, count, bytes) in rows.Take(top))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{name}` | {count / (double)circuits:N1} | {bytes / (double)circuits:N0} |");
        }

        return text.ToString();
    }
}
