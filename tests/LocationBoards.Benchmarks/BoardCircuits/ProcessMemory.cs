using System.Globalization;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>Memory and processor time of processes as Linux counts them, read from /proc.</summary>
public static class ProcessMemory
{
    /// <summary>Resident set size (VmRSS) in KiB.</summary>
    public static long ResidentKiB(int processId) => Field($"/proc/{processId}/status", "VmRSS:");

    /// <summary>
    /// Proportional set size (shared pages split between their users) of every Chromium process started under
    /// this one, in KiB: the browser side of the open boards. The hub, also a child, is not Chromium and not counted.
    /// </summary>
    public static long ChromiumProportionalKiB() => ChromiumProcesses().Sum(pid => Field($"/proc/{pid}/smaps_rollup", "Pss:"));

    /// <summary>Processor time (user and system) the process has used so far, in seconds.</summary>
    public static double CpuSeconds(int processId)
    {
        try
        {
            var fields = AfterCommand(File.ReadAllText($"/proc/{processId}/stat"));

            // utime and stime, in clock ticks of 1/100 s (USER_HZ on Linux x64 and arm64).
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Processor time used so far by each Chromium process started under this one, in seconds.</summary>
    public static IReadOnlyDictionary<int, double> ChromiumCpuSeconds() => ChromiumProcesses().ToDictionary(pid => pid, CpuSeconds);

    /// <summary>Processor time Chromium used since <paramref name="before"/> (a process that ended meanwhile is not counted).</summary>
    public static double ChromiumCpuSecondsSince(IReadOnlyDictionary<int, double> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return ChromiumCpuSeconds().Sum(p => p.Value - before.GetValueOrDefault(p.Key));
    }

    /// <summary>
    /// Processor time each kind of Chromium process (browser, renderer, gpu-process, utility, zygote) used since
    /// <paramref name="before"/>, in seconds: where the browser's time goes.
    /// </summary>
    public static IReadOnlyDictionary<string, double> ChromiumCpuSecondsByKindSince(IReadOnlyDictionary<int, double> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return ChromiumCpuSeconds()
            .GroupBy(p => KindOf(p.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value - before.GetValueOrDefault(p.Key)), StringComparer.Ordinal);
    }

    private static string KindOf(int pid)
    {
        try
        {
            // Chromium rewrites its command line into one string with spaces, so read --type= out of it.
            var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split(' ', '\0');
            var type = arguments.FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal));
            return type is null ? "browser" : type["--type=".Length..];
        }
        catch (IOException)
        {
            return "ended";
        }
    }

    private static List<int> ChromiumProcesses()
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
        return [.. parents.Keys.Where(pid => IsDescendant(pid, me, parents) && IsChromium(pid))];
    }

    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    private static string[] AfterCommand(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

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
            return int.Parse(AfterCommand(File.ReadAllText($"/proc/{pid}/stat"))[1], CultureInfo.InvariantCulture);
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
