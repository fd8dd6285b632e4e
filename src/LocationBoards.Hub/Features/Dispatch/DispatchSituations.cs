using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Every active technician as dispatch sees them now: skills, shift in their home time zone, latest position, jobs waiting and in progress.</summary>
public sealed class DispatchSituations(IDbContextFactory<AppDbContext> contexts, TechnicianPositions positions)
{
    public async Task<IReadOnlyList<TechnicianSituation>> LoadAsync(AppDbContext? within, int? onlyTechnicianId, CancellationToken cancellationToken)
    {
        var owned = within is null ? await contexts.CreateDbContextAsync(cancellationToken) : null;
        var db = within ?? owned!;
        try
        {
            var technicians = await db.Technicians.AsNoTracking()
                .Include(t => t.Skills).Include(t => t.Shifts)
                .Where(t => onlyTechnicianId == null || t.Id == onlyTechnicianId)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var zones = await db.Locations.AsNoTracking().Select(l => new { l.Id, l.TimeZoneId }).ToDictionaryAsync(l => l.Id, l => l.TimeZoneId, cancellationToken);
            var open = await db.FieldJobs.AsNoTracking()
                .Where(j => j.TechnicianId != null && j.Status != JobStatus.Done && j.Status != JobStatus.Cancelled
                    && (onlyTechnicianId == null || j.TechnicianId == onlyTechnicianId))
                .ToListAsync(cancellationToken);
            var jobsByTechnician = open.ToLookup(j => j.TechnicianId!.Value);
            return [.. technicians.Select(t => TechnicianSituation.From(
                t,
                TimeZoneInfo.FindSystemTimeZoneById(zones.GetValueOrDefault(t.HomeLocationId, "UTC")),
                positions.Latest(t.Id),
                jobsByTechnician[t.Id]))];
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }
}
