using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// The customer's account behind a job. A technician reads it only for their current job (assigned, on the way or
/// on site); dispatchers and admins for any job. Everyone else, and a technician on any other job, is refused.
/// </summary>
public sealed class CustomerAccounts(IDbContextFactory<AppDbContext> contexts)
{
    private const int PastShown = 10;

    /// <summary>Null when there is no such job; <see cref="AccountAnswer.Refused"/> when the caller may not read it.</summary>
    public async Task<AccountAnswer?> ForJobAsync(ClaimsPrincipal user, long jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.FieldJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return null;
        }

        if (!MayRead(user, job))
        {
            return AccountAnswer.Refused;
        }

        var customer = await db.Customers.AsNoTracking()
            .Include(c => c.Phones).Include(c => c.OwnedProducts)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == job.CustomerId, cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking().Where(j => j.CustomerId == customer.Id && j.Id != job.Id)
            .OrderByDescending(j => j.CreatedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customer.Id)
            .OrderByDescending(o => o.PlacedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var itemIds = customer.OwnedProducts.Select(p => p.CatalogItemId).Concat(orders.SelectMany(o => o.Lines).Select(l => l.CatalogItemId)).Distinct().ToList();
        var names = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new AccountAnswer(new CustomerAccount(
            customer.Id,
            customer.FullName,
            customer.Email,
            [.. customer.Phones.Select(p => p.Number)],
            $"{customer.BillingAddress.Street}, {customer.BillingAddress.City} {customer.BillingAddress.Postcode}",
            [.. customer.OwnedProducts.Select(p => new CustomerAccount.Product(p.Id, names.GetValueOrDefault(p.CatalogItemId, "Unknown product"), p.AcquiredOn, p.SerialNumber))],
            [.. jobs.Select(j => new CustomerAccount.PastJob(j.Id, j.CreatedUtc, JobStateMachine.Words(j.Status), j.Symptoms))],
            [.. orders.Select(o => new CustomerAccount.PastOrder(o.Id, o.PlacedUtc, o.Status.ToString(), o.TotalMinor,
                [.. o.Lines.Select(l => $"{l.Quantity}× {names.GetValueOrDefault(l.CatalogItemId, "item")}")]))]));
    }

    private static bool MayRead(ClaimsPrincipal user, FieldJob job) =>
        user.CanDispatch()
        || (user.TechnicianIdOf() is { } technicianId && job.TechnicianId == technicianId
            && job.Status is JobStatus.Assigned or JobStatus.EnRoute or JobStatus.OnSite);
}

/// <summary>The account, or a refusal (the caller may not read this customer's record).</summary>
public sealed record AccountAnswer(CustomerAccount? Account)
{
    public static AccountAnswer Refused { get; } = new((CustomerAccount?)null);
}
