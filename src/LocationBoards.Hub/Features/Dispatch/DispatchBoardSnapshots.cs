using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Sales;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// The dispatcher console's starting point: open jobs with their customers' names and the map's locations.
/// Dispatchers and admins see everything; a supervisor only the technicians they supervise and those
/// technicians' jobs; anyone else nothing (null).
/// </summary>
public sealed class DispatchBoardSnapshots(
    IDbContextFactory<AppDbContext> contexts,
    TechnicianDirectory directory,
    IOptions<DispatchOptions> options,
    IOptions<SalesOptions> sales,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    public async Task<DispatchBoard?> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        IReadOnlySet<int>? only = null;
        if (!user.CanDispatch())
        {
            if (!user.IsInRole(Roles.Supervisor) || user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is not { } supervisor)
            {
                return null;
            }

            only = await directory.SupervisedByAsync(supervisor, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sequence = await db.DispatchSequences.AsNoTracking().Select(s => s.LastSequence).FirstOrDefaultAsync(cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking()
            .Where(j => j.Status != JobStatus.Done && j.Status != JobStatus.Cancelled)
            .ToListAsync(cancellationToken);
        if (only is not null)
        {
            jobs = [.. jobs.Where(j => j.TechnicianId is { } t && only.Contains(t))];
        }

        var customerIds = jobs.Select(j => j.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var locations = await db.Locations.AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.Name)
            .Select(l => new DispatchBoard.MapLocation(l.Id, l.Name, l.Latitude, l.Longitude, l.ServiceAreaGeoJson))
            .ToListAsync(cancellationToken);
        var saleCards = await SalePanel.LoadAsync(db, only, clock.GetUtcNow().UtcDateTime - sales.Value.FinishedSaleShownFor, cancellationToken);
        return new DispatchBoard(
            sequence,
            [.. jobs.Select(j => JobCards.For(j, customers[j.CustomerId], options.Value.Targets))],
            locations,
            only)
        {
            Sales = saleCards,
        };
    }
}
