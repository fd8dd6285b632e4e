namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// A job as the map draws it: a square in its priority's colour with the priority's letter, framed when late, and
/// circled when it is the job the dispatcher has chosen in the list.
/// </summary>
public sealed record MapJob(long Id, string Priority, bool Late, string Status, double Latitude, double Longitude, string Label, bool Selected = false);

/// <summary>
/// A technician as the map draws them. The position here is only a starting point (the map takes live positions
/// from the hub directly and keeps whichever is newer); a change of name, state, letter or sale is what the console
/// sends. <paramref name="Sale"/> is the sale in progress in words, for the tooltip; a selling technician's dot
/// also carries a badge, so selling is never told by colour alone.
/// </summary>
public sealed record MapTechnician(int Id, string Name, string State, string Letter, string StateWords, double? Latitude, double? Longitude, long? RecordedMs, string? Sale = null)
{
    public bool Selling => Sale is not null;

    public bool SameLook(MapTechnician other) =>
        other is not null && other.Name == Name && other.State == State && other.Letter == Letter && other.Sale == Sale;
}

/// <summary>What changed on the map since the last batch: one interop call carries all of it.</summary>
public sealed record MapChanges(
    IReadOnlyList<MapJob> Jobs, IReadOnlyList<long> RemovedJobs, IReadOnlyList<MapTechnician> Technicians, IReadOnlyList<int> RemovedTechnicians)
{
    public bool IsEmpty => Jobs.Count == 0 && RemovedJobs.Count == 0 && Technicians.Count == 0 && RemovedTechnicians.Count == 0;
}
