using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.Runtime;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>Objects on a process's managed heap counted by type (ClrMD, the process suspended while it is read).</summary>
public sealed class HeapTypes
{
    private readonly Dictionary<string, (long Count, long Bytes)> _byType;

    private HeapTypes(Dictionary<string, (long Count, long Bytes)> byType) => _byType = byType;

    /// <summary>Read right after a full collection, so that nearly everything counted is alive.</summary>
    public static HeapTypes Read(int processId)
    {
        var byType = new Dictionary<string, (long Count, long Bytes)>();
        using var target = DataTarget.AttachToProcess(processId, suspend: true);
        using var runtime = target.ClrVersions[0].CreateRuntime();
        foreach (var item in runtime.Heap.EnumerateObjects())
        {
            if (!item.IsValid || item.IsFree)
            {
                continue;
            }

            var name = item.Type?.Name ?? "?";
            var (count, bytes) = byType.GetValueOrDefault(name);
            byType[name] = (count + 1, bytes + (long)item.Size);
        }

        return new HeapTypes(byType);
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
