using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>An active technician as the simulator reads them each tick.</summary>
/// <param name="TechnicianId">The technician's id.</param>
/// <param name="Home">Their home location's place: where they appear and potter about.</param>
/// <param name="OnShift">Whether they are on shift now, in the home location's time zone.</param>
/// <param name="Job">The job in hand, if any.</param>
public sealed record SimulatedCrewMember(int TechnicianId, GeoPoint Home, bool OnShift, SimulatedJob? Job);
