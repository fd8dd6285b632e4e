namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// A job as the map draws it: a square in its priority's colour with the priority's letter, framed when late, and
/// circled when it is the job the dispatcher has chosen in the list.
/// </summary>
public sealed record MapJob(long Id, string Priority, bool Late, string Status, double Latitude, double Longitude, string Label, bool Selected = false);

/// <summary>
/// A technician as the map draws them. The position here is only a starting point (the map takes live positions
/// from the hub directly and keeps whichever is newer); a change of name, state or letter is what the console sends.
/// </summary>
public sealed record MapTechnician(int Id, string Name, string State, string Letter, string StateWords, double? Latitude, double? Longitude, long? RecordedMs)
{
    public bool SameLook(MapTechnician other) =>
        other is not null && other.Name == Name && other.State == State && other.Letter == Letter;
}

/// <summary>What changed on the map since the last batch: one interop call carries all of it.</summary>
public sealed record MapChanges(
    IReadOnlyList<MapJob> Jobs, IReadOnlyList<long> RemovedJobs, IReadOnlyList<MapTechnician> Technicians, IReadOnlyList<int> RemovedTechnicians)
{
    public bool IsEmpty => Jobs.Count == 0 && RemovedJobs.Count == 0 && Technicians.Count == 0 && RemovedTechnicians.Count == 0;
}
