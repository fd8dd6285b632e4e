namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// A customer's account as a technician sees it on site (and an admin in the customer's record): contact details,
/// the ledger with its balance (what the customer owes is positive), products owned, services held, past jobs and
/// orders.
/// </summary>
public sealed record CustomerAccount(
    int CustomerId,
    string Name,
    string? Email,
    IReadOnlyList<string> Phones,
    string BillingAddress,
    IReadOnlyList<CustomerAccount.Product> ProductsOwned,
    IReadOnlyList<CustomerAccount.PastJob> PastJobs,
    IReadOnlyList<CustomerAccount.PastOrder> PastOrders,
    long BalanceMinor = 0,
    IReadOnlyList<CustomerAccount.LedgerEntry>? Ledger = null,
    IReadOnlyList<CustomerAccount.Service>? ServicesHeld = null)
{
    public sealed record Product(int OwnedProductId, string Name, DateOnly AcquiredOn, string? SerialNumber, int Quantity = 1);

    /// <summary>A service the customer holds, with the last day covered or the renewal day, and the location serving it.</summary>
    public sealed record Service(int HeldServiceId, string Name, int Quantity, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? RenewsOn, string ServedBy);

    /// <summary>One entry of the ledger: a charge is positive, a payment negative (<see cref="Core.Customers.AccountEntryKind"/> in words).</summary>
    public sealed record LedgerEntry(long EntryId, DateTime OccurredUtc, string Kind, string Description, long AmountMinor, long? SaleId, long? OrderId);

    public sealed record PastJob(long JobId, DateTime CreatedUtc, string Status, string Symptoms);

    public sealed record PastOrder(long OrderId, DateTime PlacedUtc, string Status, long TotalMinor, IReadOnlyList<string> Lines);
}
