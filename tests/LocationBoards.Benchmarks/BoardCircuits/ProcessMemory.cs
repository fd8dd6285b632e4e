using System.Globalization;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>Memory of processes as Linux counts it, read from /proc.</summary>
public static class ProcessMemory
{
    /// <summary>Resident set size (VmRSS) in KiB.</summary>
    public static long ResidentKiB(int processId) => Field($"/proc/{processId}/status", "VmRSS:");

    /// <summary>
    /// Proportional set size (shared pages split between their users) of every Chromium process started under
    /// this one, in KiB: the browser side of the open boards. The hub, also a child, is not Chromium and not counted.
    /// </summary>
    public static long ChromiumProportionalKiB()
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var me = Environment.ProcessId;
        long total = 0;
        foreach (var pid in parents.Keys)
        {
            if (IsDescendant(pid, me, parents) && IsChromium(pid))
            {
                total += Field($"/proc/{pid}/smaps_rollup", "Pss:");
            }
        }

        return total;
    }

    private static bool IsDescendant(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var i = 0; i < 64 && parents.TryGetValue(pid, out var parent); i++)
        {
            if (parent == ancestor)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }

    private static bool IsChromium(int pid)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            return cmdline.Contains("chromium", StringComparison.OrdinalIgnoreCase) || cmdline.Contains("chrome", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(rest[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Field(string path, string name)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith(name, StringComparison.Ordinal))
                {
                    return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended meanwhile.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to read.
        }

        return 0;
    }
}
