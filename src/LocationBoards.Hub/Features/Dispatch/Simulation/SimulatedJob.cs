using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>The job a simulated technician has in hand: the one in progress, else the first assigned one.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Version">The version to move it from.</param>
/// <param name="Status">Assigned, En route or On site.</param>
/// <param name="Place">Where the technician goes.</param>
/// <param name="OnSiteSinceUtc">When it went on site, if it is.</param>
public sealed record SimulatedJob(long Id, int Version, JobStatus Status, GeoPoint Place, DateTime? OnSiteSinceUtc);
