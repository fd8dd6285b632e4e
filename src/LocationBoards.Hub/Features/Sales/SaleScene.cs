using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale with its job, customer and technician, as loaded in one transaction.</summary>
public sealed record SaleScene(Sale Sale, FieldJob Job, Customer Customer, LocationBoards.Core.Dispatch.Technician Technician)
{
    /// <summary>The sale (tracked, with lines and history) and what surrounds it, or null when there is no such sale.</summary>
    public static async Task<SaleScene?> LoadAsync(AppDbContext db, long saleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sale = await SaleQueries.Full(db).FirstOrDefaultAsync(s => s.Id == saleId, cancellationToken);
        return sale is null ? null : await AroundAsync(db, sale, cancellationToken);
    }

    public static async Task<SaleScene> AroundAsync(AppDbContext db, Sale sale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sale);
        var job = await db.FieldJobs.AsNoTracking().SingleAsync(j => j.Id == sale.JobId, cancellationToken);
        return await AroundAsync(db, sale, job, cancellationToken);
    }

    /// <summary>The same, with the sale's job already read in this transaction.</summary>
    public static async Task<SaleScene> AroundAsync(AppDbContext db, Sale sale, FieldJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(job);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == sale.CustomerId, cancellationToken);
        var technician = await db.Technicians.AsNoTracking().SingleAsync(t => t.Id == sale.TechnicianId, cancellationToken);
        return new SaleScene(sale, job, customer, technician);
    }
}
