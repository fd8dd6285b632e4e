using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// The customer's account behind a job. A technician reads it only for their current job (assigned, on the way or
/// on site); dispatchers and admins for any job. Everyone else, and a technician on any other job, is refused.
/// Admins also read any customer's account by the customer's id (the admin customer record).
/// </summary>
public sealed class CustomerAccounts(IDbContextFactory<AppDbContext> contexts)
{
    private const int PastShown = 10;
    private const int LedgerShown = 50;

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

        return new AccountAnswer(await LoadAsync(db, job.CustomerId, job.Id, cancellationToken));
    }

    /// <summary>
    /// Null when there is no such customer; refused unless the caller is an admin or dispatcher, or a technician whose
    /// current job (assigned, on the way or on site) is this customer's.
    /// </summary>
    public async Task<AccountAnswer?> ForCustomerAsync(ClaimsPrincipal user, int customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return null;
        }

        if (!user.CanDispatch())
        {
            var technicianId = user.TechnicianIdOf();
            var current = technicianId is null ? null : await db.FieldJobs.AsNoTracking()
                .Where(j => j.TechnicianId == technicianId && j.CustomerId == customerId
                    && (j.Status == JobStatus.Assigned || j.Status == JobStatus.EnRoute || j.Status == JobStatus.OnSite))
                .FirstOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return AccountAnswer.Refused;
            }
        }

        return new AccountAnswer(await LoadAsync(db, customerId, null, cancellationToken));
    }

    private static async Task<CustomerAccount> LoadAsync(AppDbContext db, int customerId, long? currentJobId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .Include(c => c.Phones).Include(c => c.OwnedProducts)
            .AsSplitQuery()
            .SingleAsync(c => c.Id == customerId, cancellationToken);
        var jobs = await db.FieldJobs.AsNoTracking().Where(j => j.CustomerId == customer.Id && j.Id != currentJobId)
            .OrderByDescending(j => j.CreatedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.CustomerId == customer.Id)
            .OrderByDescending(o => o.PlacedUtc).Take(PastShown).ToListAsync(cancellationToken);
        var balance = await db.AccountEntries.Where(e => e.CustomerId == customer.Id).SumAsync(e => e.AmountMinor, cancellationToken);
        var ledger = await db.AccountEntries.AsNoTracking().Where(e => e.CustomerId == customer.Id)
            .OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id).Take(LedgerShown).ToListAsync(cancellationToken);
        var services = await db.HeldServices.AsNoTracking().Where(s => s.CustomerId == customer.Id)
            .OrderByDescending(s => s.StartsOn).ToListAsync(cancellationToken);
        var locationIds = services.Select(s => s.ServingLocationId).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var itemIds = customer.OwnedProducts.Select(p => p.CatalogItemId).Concat(orders.SelectMany(o => o.Lines).Select(l => l.CatalogItemId)).Distinct().ToList();
        var names = await db.CatalogItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new CustomerAccount(
            customer.Id,
            customer.FullName,
            customer.Email,
            [.. customer.Phones.Select(p => p.Number)],
            $"{customer.BillingAddress.Street}, {customer.BillingAddress.City} {customer.BillingAddress.Postcode}",
            [.. customer.OwnedProducts.OrderByDescending(p => p.AcquiredOn).Select(p => new CustomerAccount.Product(
                p.Id, names.GetValueOrDefault(p.CatalogItemId, "Unknown product"), p.AcquiredOn, p.SerialNumber, p.Quantity))],
            [.. jobs.Select(j => new CustomerAccount.PastJob(j.Id, j.CreatedUtc, JobStateMachine.Words(j.Status), j.Symptoms))],
            [.. orders.Select(o => new CustomerAccount.PastOrder(o.Id, o.PlacedUtc, o.Status.ToString(), o.TotalMinor,
                [.. o.Lines.Select(l => $"{l.Quantity}× {names.GetValueOrDefault(l.CatalogItemId, "item")}")]))],
            balance,
            [.. ledger.Select(e => new CustomerAccount.LedgerEntry(e.Id, e.OccurredUtc, KindWords(e.Kind), e.Description, e.AmountMinor, e.SaleId, e.OrderId))],
            [.. services.Select(s => new CustomerAccount.Service(
                s.Id, s.ServiceName, s.Quantity, s.StartsOn, s.EndsOn, s.RenewsOn, locations.GetValueOrDefault(s.ServingLocationId, "a location")))]);
    }

    private static string KindWords(AccountEntryKind kind) => kind switch
    {
        AccountEntryKind.Sale => "Sale",
        AccountEntryKind.OrderChargedToAccount => "Order charged to the account",
        AccountEntryKind.Payment => "Payment",
        _ => "Adjustment",
    };

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
