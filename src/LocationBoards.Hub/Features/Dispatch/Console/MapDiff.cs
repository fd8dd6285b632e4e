namespace LocationBoards.Hub.Features.Dispatch.Console;

/// <summary>
/// Remembers what the map was last sent and works out the difference to what it should show now, so the console
/// sends one batch of changes rather than the whole picture (or one call per marker).
/// </summary>
public sealed class MapDiff
{
    private readonly Dictionary<long, MapJob> _jobs = [];
    private readonly Dictionary<int, MapTechnician> _technicians = [];

    public MapChanges Next(IEnumerable<MapJob> jobs, IEnumerable<MapTechnician> technicians)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(technicians);
        var changedJobs = new List<MapJob>();
        var seenJobs = new HashSet<long>();
        foreach (var job in jobs)
        {
            seenJobs.Add(job.Id);
            if (!_jobs.TryGetValue(job.Id, out var sent) || sent != job)
            {
                _jobs[job.Id] = job;
                changedJobs.Add(job);
            }
        }

        var removedJobs = _jobs.Keys.Where(id => !seenJobs.Contains(id)).ToList();
        removedJobs.ForEach(id => _jobs.Remove(id));

        var changedTechnicians = new List<MapTechnician>();
        var seenTechnicians = new HashSet<int>();
        foreach (var technician in technicians)
        {
            seenTechnicians.Add(technician.Id);
            if (!_technicians.TryGetValue(technician.Id, out var sent) || !sent.SameLook(technician))
            {
                _technicians[technician.Id] = technician;
                changedTechnicians.Add(technician);
            }
        }

        var removedTechnicians = _technicians.Keys.Where(id => !seenTechnicians.Contains(id)).ToList();
        removedTechnicians.ForEach(id => _technicians.Remove(id));
        return new MapChanges(changedJobs, removedJobs, changedTechnicians, removedTechnicians);
    }

    /// <summary>Forget everything sent (the map was made anew): the next batch carries the whole picture.</summary>
    public void Reset()
    {
        _jobs.Clear();
        _technicians.Clear();
    }
}
