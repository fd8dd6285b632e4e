using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

public static class SaleQueries
{
    /// <summary>A sale by id, tracked, with its lines and history: compiled once, since the sale writer runs it for every change it makes.</summary>
    public static readonly Func<AppDbContext, long, CancellationToken, Task<Sale?>> TrackedById =
        EF.CompileAsyncQuery((AppDbContext db, long saleId, CancellationToken _) => Full(db).FirstOrDefault(s => s.Id == saleId));

    /// <summary>A sale by its client's draft key, tracked, with its lines and history (compiled: every draft saved asks it).</summary>
    public static readonly Func<AppDbContext, Guid, CancellationToken, Task<Sale?>> TrackedByClientKey =
        EF.CompileAsyncQuery((AppDbContext db, Guid clientKey, CancellationToken _) => Full(db).FirstOrDefault(s => s.ClientKey == clientKey));

    /// <summary>The job's sale in progress (Draft, Agreed or Submitted), read only; a job has at most one.</summary>
    public static readonly Func<AppDbContext, long, CancellationToken, Task<Sale?>> InProgressOnJob =
        EF.CompileAsyncQuery((AppDbContext db, long jobId, CancellationToken _) => Full(db).AsNoTracking()
            .FirstOrDefault(s => s.JobId == jobId && (s.Status == SaleStatus.Draft || s.Status == SaleStatus.Agreed || s.Status == SaleStatus.Submitted)));

    /// <summary>Whose a sale is, on which job, and its state: what a submission is checked against before it queues (compiled: every sale sold is submitted).</summary>
    public static readonly Func<AppDbContext, long, CancellationToken, Task<SaleOwner?>> OwnerById =
        EF.CompileAsyncQuery((AppDbContext db, long saleId, CancellationToken _) =>
            db.Sales.AsNoTracking().Where(s => s.Id == saleId).Select(s => new SaleOwner(s.TechnicianId, s.JobId, s.Status)).FirstOrDefault());

    /// <summary>
    /// Sales with their lines in order and their history (tracked). One statement: a sale has a handful of lines and
    /// history rows, so their product is small, and the sale writer reads a sale several times per sale sold.
    /// </summary>
    public static IQueryable<Sale> Full(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sales.Include(s => s.Lines.OrderBy(l => l.Id)).Include(s => s.History.OrderBy(h => h.Id)).AsSingleQuery();
    }
}

/// <summary>A sale's technician, job and state, without its lines or history.</summary>
public sealed record SaleOwner(int TechnicianId, long JobId, SaleStatus Status);
