using LocationBoards.Hub.Features.Sales;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// What a dispatcher console opens with: the last dispatch sequence (read before the jobs, so catching up from it
/// misses nothing), the open jobs, and the locations with their service areas for the map. For a supervisor,
/// <see cref="OnlyTechnicians"/> holds the technicians they supervise and the jobs are theirs only.
/// </summary>
public sealed record DispatchBoard(
    long Sequence,
    IReadOnlyList<JobCard> OpenJobs,
    IReadOnlyList<DispatchBoard.MapLocation> Locations,
    IReadOnlySet<int>? OnlyTechnicians)
{
    /// <summary>
    /// The in-progress sales panel as the console opens: every sale in progress and those finished within
    /// <c>Sales:FinishedSaleShownFor</c>, oldest first (a supervisor's: their technicians'). Sale events keep it current.
    /// </summary>
    public IReadOnlyList<SaleCard> Sales { get; init; } = [];

    /// <summary>A fulfilment location as the map draws it: its point and its service area (GeoJSON, longitude/latitude).</summary>
    public sealed record MapLocation(int Id, string Name, double Latitude, double Longitude, string ServiceAreaGeoJson);

    /// <summary>Whether this console shows the technician (everyone for dispatchers; a supervisor's own).</summary>
    public bool Shows(int? technicianId) =>
        OnlyTechnicians is null || (technicianId is { } id && OnlyTechnicians.Contains(id));
}
