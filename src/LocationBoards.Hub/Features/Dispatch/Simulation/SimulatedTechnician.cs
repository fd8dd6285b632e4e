using System.Diagnostics.CodeAnalysis;
using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>
/// What the simulator remembers of one technician between ticks: their own random numbers (seeded by their id, so a
/// run is reproducible), their speed, the path they are on, and the last position it wrote for them.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Simulated movement, reproducible on purpose; nothing secret.")]
internal sealed class SimulatedTechnician
{
    public SimulatedTechnician(int technicianId, SimulatorOptions options)
    {
        TechnicianId = technicianId;
        Random = new Random(unchecked((technicianId * 7919) + 17));
        SpeedMetresPerSecond = options.SpeedMetresPerSecond(Random.NextDouble());
    }

    public int TechnicianId { get; }

    public Random Random { get; }

    public double SpeedMetresPerSecond { get; }

    /// <summary>The path being driven, if any.</summary>
    public RoadLikePath? Route { get; set; }

    /// <summary>The job the route leads to; null for a route home or a wander.</summary>
    public long? RouteJobId { get; set; }

    /// <summary>The share of the technician's speed the route is driven at (slower when pottering about).</summary>
    public double RouteSpeedFactor { get; set; } = 1;

    /// <summary>Pottering about: stays put until then.</summary>
    public DateTime PausedUntilUtc { get; set; }

    /// <summary>The time of the last position the simulator wrote for this technician: a newer one came from elsewhere.</summary>
    public DateTime? LastWrittenUtc { get; set; }

    /// <summary>A place within the given distance of a point, anywhere around it.</summary>
    public GeoPoint Near(GeoPoint centre, double metres) =>
        RoadLikePath.Displaced(centre, Random.NextDouble() * 360, metres * Math.Sqrt(Random.NextDouble()));

    /// <summary>How long the given job keeps its technician on site: the same for the job on every tick and every run.</summary>
    public static TimeSpan OnSiteFor(long jobId, SimulatorOptions options) =>
        options.OnSiteFor(new Random(unchecked((int)(jobId * 104_729) + 7)).NextDouble());
}
