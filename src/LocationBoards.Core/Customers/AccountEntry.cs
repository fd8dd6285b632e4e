namespace LocationBoards.Core.Customers;

/// <summary>
/// One line of a customer's account, in integer minor units. Signed from the customer's side: positive is what the
/// customer owes more (a sale, an order charged to the account), negative what they owe less (a payment, a credit).
/// Lines are only ever added; a mistake is corrected by an <see cref="AccountEntryKind.Adjustment"/>.
/// </summary>
public sealed class AccountEntry
{
    public const int MaxDescriptionLength = 200;

    public long Id { get; set; }

    public int CustomerId { get; set; }

    public AccountEntryKind Kind { get; set; }

    public long AmountMinor { get; set; }

    /// <summary>When it happened: the sale's processing, the order's placing, the payment's receipt.</summary>
    public DateTime OccurredUtc { get; set; }

    /// <summary>What the customer reads on their account, e.g. "Sale 42: 2 × Espresso machine water filter".</summary>
    public required string Description { get; set; }

    /// <summary>The sale it belongs to (its Sale entry and, when paid to the technician, its Payment entry).</summary>
    public long? SaleId { get; set; }

    /// <summary>The order it belongs to (its charge, and any adjustment when it was cancelled).</summary>
    public long? OrderId { get; set; }

    /// <summary>A user id, or a system name such as the sales processing or a migration.</summary>
    public required string RecordedBy { get; set; }

    public Money Amount => new(AmountMinor);
}
