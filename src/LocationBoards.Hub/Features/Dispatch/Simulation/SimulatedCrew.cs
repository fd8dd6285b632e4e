using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>Reads every active technician with their home, shift and job in hand, in a few queries.</summary>
public static class SimulatedCrew
{
    public static async Task<IReadOnlyList<SimulatedCrewMember>> LoadAsync(AppDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var technicians = await db.Technicians.AsNoTracking().Where(t => t.IsActive).Include(t => t.Shifts).ToListAsync(cancellationToken);
        if (technicians.Count == 0)
        {
            return [];
        }

        var homes = await db.Locations.AsNoTracking()
            .Select(l => new { l.Id, l.Latitude, l.Longitude, l.TimeZoneId })
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking()
            .Where(j => j.TechnicianId != null && (j.Status == JobStatus.Assigned || j.Status == JobStatus.EnRoute || j.Status == JobStatus.OnSite))
            .Select(j => new { j.Id, TechnicianId = j.TechnicianId!.Value, j.Version, j.Status, j.Latitude, j.Longitude, j.Priority, j.CreatedUtc })
            .ToListAsync(cancellationToken);
        var onSiteIds = jobs.Where(j => j.Status == JobStatus.OnSite).Select(j => j.Id).ToList();
        var arrivals = (await db.JobStatusChanges.AsNoTracking()
                .Where(c => onSiteIds.Contains(c.JobId) && c.To == JobStatus.OnSite)
                .Select(c => new { c.JobId, c.AtUtc })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.JobId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.AtUtc));
        var jobsByTechnician = jobs.ToLookup(j => j.TechnicianId);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
        var crew = new List<SimulatedCrewMember>(technicians.Count);
        foreach (var technician in technicians)
        {
            if (!homes.TryGetValue(technician.HomeLocationId, out var home) || !GeoPoint.TryCreate(home.Latitude, home.Longitude, out var homePoint))
            {
                continue;
            }

            var inHand = jobsByTechnician[technician.Id]
                .OrderByDescending(j => j.Status)
                .ThenBy(j => j.Priority)
                .ThenBy(j => j.CreatedUtc)
                .ThenBy(j => j.Id)
                .FirstOrDefault();
            var job = inHand is null
                ? null
                : new SimulatedJob(
                    inHand.Id,
                    inHand.Version,
                    inHand.Status,
                    new GeoPoint(inHand.Latitude, inHand.Longitude),
                    inHand.Status == JobStatus.OnSite ? arrivals.GetValueOrDefault(inHand.Id, DateTime.MinValue) : null);
            var onShift = technician.Hours.IsOnShiftAt(instant, ZoneOf(home.TimeZoneId));
            crew.Add(new SimulatedCrewMember(technician.Id, homePoint, onShift, job));
        }

        return crew;
    }

    private static TimeZoneInfo ZoneOf(string zoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
