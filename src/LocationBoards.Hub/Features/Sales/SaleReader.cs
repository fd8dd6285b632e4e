using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Dispatch;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>Reads sales and what a sale is recorded from, for whoever may see them.</summary>
public sealed class SaleReader(
    IDbContextFactory<AppDbContext> contexts,
    TechnicianDirectory directory,
    IOptions<SalesOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider clock)
{
    /// <summary>The sale, or null when there is none the caller may see.</summary>
    public async Task<SaleView?> FindAsync(ClaimsPrincipal user, long saleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sale = await SaleQueries.Full(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == saleId, cancellationToken);
        if (sale is null)
        {
            return null;
        }

        var supervisors = await directory.SupervisorsAsync(cancellationToken);
        return SaleRecorder.MayRead(user, UserIdOf(user), sale, supervisors.GetValueOrDefault(sale.TechnicianId)) ? SaleView.Of(sale) : null;
    }

    /// <summary>The panel's sales for a dispatcher or admin (all) or a supervisor (their technicians'); null for anyone else.</summary>
    public async Task<IReadOnlyList<SaleCard>?> InProgressAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        IReadOnlySet<int>? only = null;
        if (!user.CanDispatch())
        {
            if (!user.IsInRole(Roles.Supervisor))
            {
                return null;
            }

            only = await directory.SupervisedByAsync(UserIdOf(user), cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SalePanel.LoadAsync(db, only, clock.GetUtcNow().UtcDateTime - options.Value.FinishedSaleShownFor, cancellationToken);
    }

    /// <summary>Null when there is no such job; a forbidden answer when the caller may not record a sale on it.</summary>
    public async Task<(SaleCatalogForJob? Catalog, string? Forbidden)?> CatalogForJobAsync(ClaimsPrincipal user, long jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.FieldJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        if (SaleRecorder.For(user, UserIdOf(user), job) is not { } recorder)
        {
            return (null, "You may see what to sell only for a job on site with you (or, dispatching, any technician's).");
        }

        if (SaleStateMachine.RecordingRefusal(job, recorder.TechnicianId) is { } refusal)
        {
            return (null, refusal);
        }

        var home = await db.Technicians.AsNoTracking().Where(t => t.Id == recorder.TechnicianId).Select(t => t.HomeLocationId).SingleAsync(cancellationToken);
        var items = await db.CatalogItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Category).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var stock = await db.StockLevels.AsNoTracking().Where(s => s.LocationId == home)
            .ToDictionaryAsync(s => s.CatalogItemId, s => s.OnHand - s.Reserved, cancellationToken);
        var names = await db.CatalogItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var owned = await db.OwnedProducts.AsNoTracking().Where(p => p.CustomerId == job.CustomerId).OrderBy(p => p.AcquiredOn).ToListAsync(cancellationToken);
        var held = await db.HeldServices.AsNoTracking().Where(s => s.CustomerId == job.CustomerId).OrderBy(s => s.StartsOn).ToListAsync(cancellationToken);
        return (new SaleCatalogForJob(
            job.Id, job.CustomerId, recorder.TechnicianId, home, options.Value.MaxQuantityPerLine, options.Value.MaxLinesPerSale,
            [.. items.Select(i => new SaleCatalogForJob.Item(
                i.Id, i.Name, i.Category, i.Kind, i.Icon, i.Description, i.PriceMinor, i.TermMonths, i.Renews,
                i.Kind == CatalogItemKind.Goods ? Math.Max(0, stock.GetValueOrDefault(i.Id)) : null))],
            [.. owned.Select(p => new SaleCatalogForJob.Owned(p.CatalogItemId, names.GetValueOrDefault(p.CatalogItemId, "Unknown product"), p.Quantity, p.AcquiredOn))],
            [.. held.Select(s => new SaleCatalogForJob.Held(s.CatalogItemId, s.ServiceName, s.Quantity, s.StartsOn, s.EndsOn, s.RenewsOn))]), null);
    }

    private string UserIdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) ?? string.Empty;
}
