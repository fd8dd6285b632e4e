using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>The dispatcher's in-progress sales panel: every sale in progress, and those finished since a moment, oldest first.</summary>
public static class SalePanel
{
    /// <summary>The panel's cards: <paramref name="onlyTechnicians"/> is a supervisor's technicians (null for everyone); sales finished at or after <paramref name="finishedSinceUtc"/> stay.</summary>
    public static async Task<IReadOnlyList<SaleCard>> LoadAsync(
        AppDbContext db, IReadOnlySet<int>? onlyTechnicians, DateTime finishedSinceUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sales = await db.Sales.AsNoTracking().Include(s => s.Lines.OrderBy(l => l.Id))
            .Where(s => s.Status == SaleStatus.Draft || s.Status == SaleStatus.Agreed || s.Status == SaleStatus.Submitted
                || (s.FinishedUtc != null && s.FinishedUtc >= finishedSinceUtc))
            .OrderBy(s => s.CreatedUtc)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (onlyTechnicians is not null)
        {
            sales = [.. sales.Where(s => onlyTechnicians.Contains(s.TechnicianId))];
        }

        var technicianIds = sales.Select(s => s.TechnicianId).Distinct().ToList();
        var customerIds = sales.Select(s => s.CustomerId).Distinct().ToList();
        var technicians = await db.Technicians.AsNoTracking().Where(t => technicianIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName, cancellationToken);
        return [.. sales.Select(s => SaleCards.For(s, technicians[s.TechnicianId], customers[s.CustomerId]))];
    }
}
