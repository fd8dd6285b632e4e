using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>A sale with its job, customer and technician, as read in the sale writer's transaction.</summary>
public sealed record SaleScene(Sale Sale, FieldJob Job, Customer Customer, LocationBoards.Core.Dispatch.Technician Technician)
{
    /// <summary>The sale (with lines and history) and what surrounds it, or null when there is no such sale.</summary>
    internal static SaleScene? Load(SaleWorkScope scope, long saleId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var sale = scope.Sales.Find(saleId);
        return sale is null ? null : Around(scope, sale, JobOf(scope, sale));
    }

    /// <summary>The same around a sale whose job was already read in this transaction.</summary>
    internal static SaleScene Around(SaleWorkScope scope, Sale sale, FieldJob job)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(job);
        return new SaleScene(sale, job, scope.Surroundings.Customer(sale.CustomerId), scope.Surroundings.Technician(sale.TechnicianId));
    }

    /// <summary>A sale's job; it must exist (a sale's job is never deleted).</summary>
    internal static FieldJob JobOf(SaleWorkScope scope, Sale sale)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(sale);
        return scope.Surroundings.Job(sale.JobId) ?? throw new InvalidOperationException($"Job {sale.JobId} of sale {sale.Id} is not in the store.");
    }
}
