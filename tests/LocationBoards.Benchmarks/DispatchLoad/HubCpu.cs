using LocationBoards.Benchmarks.Load;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>The hub's own share of the machine between two <see cref="CpuMeter"/> readings, in cores (1.0 = one core busy all the time).</summary>
public static class HubCpu
{
    public static double Cores(CpuMeter.Reading start, CpuMeter.Reading end)
    {
        var elapsedPerCore = (end.Total - start.Total) / (double)Environment.ProcessorCount;
        return elapsedPerCore <= 0 ? double.NaN : (end.Hub - start.Hub) / elapsedPerCore;
    }
}
