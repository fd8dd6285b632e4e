using System.Globalization;

namespace LocationBoards.Benchmarks.Load;

/// <summary>
/// Who used the machine's cores during a phase, from /proc: the hub, this load generator, and everything else
/// (other processes on a shared machine). A phase whose "others" figure is high was measured on a busy machine.
/// </summary>
public sealed class CpuMeter(int hubProcessId)
{
    public readonly record struct Reading(long Busy, long Total, long Hub, long Generator);

    public Reading Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        var (busy, total) = ReadMachine();
        return new Reading(busy, total, ProcessTicks(hubProcessId), ProcessTicks(Environment.ProcessId));
    }

    /// <summary>Cores used on average between two readings, e.g. "hub 1.21 cores, load generator 0.45, other processes 0.20 (of 2)".</summary>
    public static string Between(Reading start, Reading end)
    {
        var elapsedPerCore = (end.Total - start.Total) / (double)Environment.ProcessorCount;
        if (elapsedPerCore <= 0)
        {
            return "CPU use not available";
        }

        var hub = (end.Hub - start.Hub) / elapsedPerCore;
        var generator = (end.Generator - start.Generator) / elapsedPerCore;
        var others = Math.Max(0, ((end.Busy - start.Busy) / elapsedPerCore) - hub - generator);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"cores used: hub {hub:F2}, load generator {generator:F2}, other processes {others:F2} (of {Environment.ProcessorCount})");
    }

    private static (long Busy, long Total) ReadMachine()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return (busy, busy + idle);
    }

    private static long ProcessTicks(int processId)
    {
        var path = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }

        // After the command name in parentheses: state is field 3, utime field 14, stime field 15.
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
