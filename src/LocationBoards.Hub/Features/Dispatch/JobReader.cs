using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Reads jobs for whoever may see them: dispatchers and admins any job, a supervisor their technicians', a
/// technician their own. Anyone else finds nothing.
/// </summary>
public sealed class JobReader(
    IDbContextFactory<AppDbContext> contexts, TechnicianDirectory directory, IOptions<DispatchOptions> options, IOptions<IdentityOptions> identity)
{
    public async Task<JobCard?> FindAsync(ClaimsPrincipal user, long jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.FieldJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !await MaySeeAsync(user, job, cancellationToken))
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == job.CustomerId, cancellationToken);
        return JobCards.For(job, customer, options.Value.Targets);
    }

    /// <summary>A technician's jobs still to do, the one in progress first, then by priority and age.</summary>
    public async Task<IReadOnlyList<JobCard>> OfTechnicianAsync(int technicianId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking()
            .Where(j => j.TechnicianId == technicianId && j.Status != JobStatus.Done && j.Status != JobStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => jobs.Select(j => j.CustomerId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. jobs
            .OrderByDescending(j => j.IsInProgress)
            .ThenBy(j => j.Priority)
            .ThenBy(j => j.CreatedUtc)
            .Select(j => JobCards.For(j, customers[j.CustomerId], options.Value.Targets))];
    }

    private async Task<bool> MaySeeAsync(ClaimsPrincipal user, FieldJob job, CancellationToken cancellationToken)
    {
        if (user.CanDispatch())
        {
            return true;
        }

        if (user.TechnicianIdOf() is { } technicianId && job.TechnicianId == technicianId)
        {
            return true;
        }

        return user.IsInRole(Roles.Supervisor)
            && user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is { } supervisor
            && job.TechnicianId is { } assigned
            && (await directory.SupervisedByAsync(supervisor, cancellationToken)).Contains(assigned);
    }
}
