using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Sales.Writing;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale with its job, customer and technician, as loaded in one transaction.</summary>
public sealed record SaleScene(Sale Sale, FieldJob Job, Customer Customer, LocationBoards.Core.Dispatch.Technician Technician)
{
    // Compiled once: the sale writer reads a sale's surroundings for every change it records.
    private static readonly Func<AppDbContext, long, CancellationToken, Task<FieldJob?>> JobById =
        EF.CompileAsyncQuery((AppDbContext db, long jobId, CancellationToken _) => db.FieldJobs.AsNoTracking().FirstOrDefault(j => j.Id == jobId));

    private static readonly Func<AppDbContext, int, CancellationToken, Task<Customer>> CustomerById =
        EF.CompileAsyncQuery((AppDbContext db, int customerId, CancellationToken _) => db.Customers.AsNoTracking().Single(c => c.Id == customerId));

    private static readonly Func<AppDbContext, int, CancellationToken, Task<LocationBoards.Core.Dispatch.Technician>> TechnicianById =
        EF.CompileAsyncQuery((AppDbContext db, int technicianId, CancellationToken _) => db.Technicians.AsNoTracking().Single(t => t.Id == technicianId));

    /// <summary>The sale (with lines and history, read by the sale writer's statements) and what surrounds it, or null when there is no such sale.</summary>
    internal static async Task<SaleScene?> LoadAsync(AppDbContext db, SaleRows sales, long saleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sales);
        var sale = sales.Find(saleId);
        return sale is null ? null : await AroundAsync(db, sale, cancellationToken);
    }

    public static async Task<SaleScene> AroundAsync(AppDbContext db, Sale sale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sale);
        return await AroundAsync(db, sale, await JobAsync(db, sale.JobId, cancellationToken), cancellationToken);
    }

    /// <summary>The same, with the sale's job already read in this transaction.</summary>
    public static async Task<SaleScene> AroundAsync(AppDbContext db, Sale sale, FieldJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(job);
        var customer = await CustomerById(db, sale.CustomerId, cancellationToken);
        var technician = await TechnicianById(db, sale.TechnicianId, cancellationToken);
        return new SaleScene(sale, job, customer, technician);
    }

    /// <summary>A sale's job, read only; it must exist (a sale's job is never deleted).</summary>
    public static async Task<FieldJob> JobAsync(AppDbContext db, long jobId, CancellationToken cancellationToken) =>
        await JobById(db, jobId, cancellationToken) ?? throw new InvalidOperationException($"Job {jobId} of a sale is not in the store.");

    /// <summary>A job by id, read only, or null when there is none.</summary>
    public static Task<FieldJob?> FindJobAsync(AppDbContext db, long jobId, CancellationToken cancellationToken) => JobById(db, jobId, cancellationToken);
}
