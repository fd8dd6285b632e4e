using LocationBoards.Core.Geography;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>What a simulated technician's next step depends on.</summary>
/// <param name="OnShift">Whether they are on shift now, in their home location's time zone.</param>
/// <param name="Position">Where they are now.</param>
/// <param name="Job">The job in hand, if any.</param>
/// <param name="OnSiteFor">How long the job keeps them on site.</param>
/// <param name="NowUtc">The moment of the tick.</param>
public sealed record SimulatedSituation(bool OnShift, GeoPoint Position, SimulatedJob? Job, TimeSpan OnSiteFor, DateTime NowUtc);
