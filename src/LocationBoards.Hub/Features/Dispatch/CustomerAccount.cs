namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// A customer's account as a technician sees it on site (and dispatchers and admins): contact details, products owned,
/// past jobs and orders, the ledger with its balance (what the customer owes is positive) and the services held.
/// </summary>
public sealed record CustomerAccount(
    int CustomerId,
    string Name,
    string? Email,
    IReadOnlyList<string> Phones,
    string BillingAddress,
    IReadOnlyList<CustomerAccount.Product> ProductsOwned,
    IReadOnlyList<CustomerAccount.PastJob> PastJobs,
    IReadOnlyList<CustomerAccount.PastOrder> PastOrders)
{
    /// <summary>The sum of every ledger entry, in minor units: positive when the customer owes.</summary>
    public long BalanceMinor { get; init; }

    /// <summary>The newest ledger entries first (at most <see cref="CustomerAccounts.LedgerShown"/>; the balance counts them all).</summary>
    public IReadOnlyList<LedgerEntry> Ledger { get; init; } = [];

    public IReadOnlyList<Service> ServicesHeld { get; init; } = [];

    public sealed record Product(int OwnedProductId, string Name, DateOnly AcquiredOn, string? SerialNumber, int Quantity = 1);

    public sealed record PastJob(long JobId, DateTime CreatedUtc, string Status, string Symptoms);

    public sealed record PastOrder(long OrderId, DateTime PlacedUtc, string Status, long TotalMinor, IReadOnlyList<string> Lines);

    public sealed record LedgerEntry(long EntryId, DateTime OccurredUtc, string Kind, long AmountMinor, string Description, long? SaleId, long? OrderId);

    public sealed record Service(int HeldServiceId, string Name, int Quantity, int ServingLocationId, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? RenewsOn);
}
