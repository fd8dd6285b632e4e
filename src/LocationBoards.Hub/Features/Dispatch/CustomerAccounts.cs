using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// A customer's account. A technician reads it only for the customer of their current job (assigned, on the way or
/// on site); dispatchers and admins for any customer. Everyone else, and a technician for any other customer, is refused.
/// </summary>
public sealed class CustomerAccounts(IDbContextFactory<AppDbContext> contexts)
{
    public const int LedgerShown = 50;
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

        return MayRead(user, job) ? new AccountAnswer(await BuildAsync(db, job.CustomerId, job.Id, cancellationToken)) : AccountAnswer.Refused;
    }

    /// <summary>Null when there is no such customer; <see cref="AccountAnswer.Refused"/> when the caller may not read it.</summary>
    public async Task<AccountAnswer?> ForCustomerAsync(ClaimsPrincipal user, int customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        var technicianId = user.TechnicianIdOf();
        var allowed = user.CanDispatch()
            || (technicianId is not null && await db.FieldJobs.AnyAsync(
                j => j.CustomerId == customerId && j.TechnicianId == technicianId
                    && (j.Status == JobStatus.Assigned || j.Status == JobStatus.EnRoute || j.Status == JobStatus.OnSite),
                cancellationToken));
        return allowed ? new AccountAnswer(await BuildAsync(db, customerId, null, cancellationToken)) : AccountAnswer.Refused;
    }

    private static async Task<CustomerAccount> BuildAsync(AppDbContext db, int customerId, long? currentJobId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .Include(c => c.Phones).Include(c => c.OwnedProducts).Include(c => c.ServicesHeld)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == customerId, cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking().Where(j => j.CustomerId == customer.Id && j.Id != currentJobId)
            .OrderByDescending(j => j.CreatedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customer.Id)
            .OrderByDescending(o => o.PlacedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var balance = await db.AccountEntries.Where(e => e.CustomerId == customer.Id).SumAsync(e => e.AmountMinor, cancellationToken);
        var ledger = await db.AccountEntries.AsNoTracking().Where(e => e.CustomerId == customer.Id)
            .OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id).Take(LedgerShown).ToListAsync(cancellationToken);
        var itemIds = customer.OwnedProducts.Select(p => p.CatalogItemId).Concat(orders.SelectMany(o => o.Lines).Select(l => l.CatalogItemId)).Distinct().ToList();
        var names = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new CustomerAccount(
            customer.Id,
            customer.FullName,
            customer.Email,
            [.. customer.Phones.Select(p => p.Number)],
            $"{customer.BillingAddress.Street}, {customer.BillingAddress.City} {customer.BillingAddress.Postcode}",
            [.. customer.OwnedProducts.Select(p => new CustomerAccount.Product(p.Id, names.GetValueOrDefault(p.CatalogItemId, "Unknown product"), p.AcquiredOn, p.SerialNumber, p.Quantity))],
            [.. jobs.Select(j => new CustomerAccount.PastJob(j.Id, j.CreatedUtc, JobStateMachine.Words(j.Status), j.Symptoms))],
            [.. orders.Select(o => new CustomerAccount.PastOrder(o.Id, o.PlacedUtc, o.Status.ToString(), o.TotalMinor,
                [.. o.Lines.Select(l => $"{l.Quantity}× {names.GetValueOrDefault(l.CatalogItemId, "item")}")]))])
        {
            BalanceMinor = balance,
            Ledger = [.. ledger.Select(e => new CustomerAccount.LedgerEntry(e.Id, e.OccurredUtc, e.Kind.ToString(), e.AmountMinor, e.Description, e.SaleId, e.OrderId))],
            ServicesHeld = [.. customer.ServicesHeld.OrderBy(s => s.StartsOn).Select(s => new CustomerAccount.Service(
                s.Id, s.ServiceName, s.Quantity, s.ServingLocationId, s.StartsOn, s.EndsOn, s.RenewsOn))],
        };
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
