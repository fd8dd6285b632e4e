namespace LocationBoards.Benchmarks.Load;

/// <summary>What else the machine was doing: the load average (1, 5, 15 minutes) from /proc/loadavg.</summary>
public static class Machine
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string Describe() => $"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}";
}
