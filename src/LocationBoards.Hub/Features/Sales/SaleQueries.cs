using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

public static class SaleQueries
{
    /// <summary>Whose a sale is, on which job, and its state: what a submission is checked against before it queues (compiled: every sale sold is submitted).</summary>
    public static readonly Func<AppDbContext, long, CancellationToken, Task<SaleOwner?>> OwnerById =
        EF.CompileAsyncQuery((AppDbContext db, long saleId, CancellationToken _) =>
            db.Sales.AsNoTracking().Where(s => s.Id == saleId).Select(s => new SaleOwner(s.TechnicianId, s.JobId, s.Status)).FirstOrDefault());

    /// <summary>
    /// Sales with their lines in order and their history (tracked unless asked otherwise). One statement: a sale has a
    /// handful of lines and history rows, so their product is small.
    /// </summary>
    public static IQueryable<Sale> Full(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sales.Include(s => s.Lines.OrderBy(l => l.Id)).Include(s => s.History.OrderBy(h => h.Id)).AsSingleQuery();
    }
}

/// <summary>A sale's technician, job and state, without its lines or history.</summary>
public sealed record SaleOwner(int TechnicianId, long JobId, SaleStatus Status);
