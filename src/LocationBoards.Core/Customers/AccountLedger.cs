using LocationBoards.Core.Ordering;

namespace LocationBoards.Core.Customers;

/// <summary>
/// A customer's account: the balance is the sum of its entries, never stored. Sign convention: what the customer owes
/// is positive. Charges (sales, orders charged to the account) are positive, payments negative, adjustments either;
/// a positive balance is owed to the business, a negative one is the customer's credit. Minor units are integers, so
/// the same sum can be taken in SQL on every provider.
/// </summary>
public static class AccountLedger
{
    public static Money Balance(IEnumerable<AccountEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Money.Sum(entries.Select(e => e.Amount));
    }

    /// <summary>The entry for an order paid by charging the account: its total, dated when it was placed.</summary>
    public static AccountEntry OrderCharged(Order order, string recordedBy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        if (order.PaymentMethod != PaymentMethod.ChargeToAccount)
        {
            throw new ArgumentException($"Order {order.Id} is not charged to the account.", nameof(order));
        }

        return new AccountEntry
        {
            CustomerId = order.CustomerId, Kind = AccountEntryKind.OrderChargedToAccount, AmountMinor = order.TotalMinor,
            OccurredUtc = order.PlacedUtc, Description = $"Order {order.Id} charged to the account", OrderId = order.Id, RecordedBy = recordedBy,
        };
    }

    /// <summary>The credit for an order charged to the account and then cancelled.</summary>
    public static AccountEntry OrderCancelled(Order order, DateTime cancelledUtc, string recordedBy)
    {
        var charge = OrderCharged(order, recordedBy);
        charge.Kind = AccountEntryKind.Adjustment;
        charge.AmountMinor = -order.TotalMinor;
        charge.OccurredUtc = cancelledUtc;
        charge.Description = $"Order {order.Id} cancelled: charge reversed";
        return charge;
    }

    /// <summary>Why an amount cannot go with a kind of entry, or null: charges are not negative, payments not positive.</summary>
    public static string? SignProblem(AccountEntryKind kind, long amountMinor) => kind switch
    {
        AccountEntryKind.Sale or AccountEntryKind.OrderChargedToAccount when amountMinor < 0 => "A charge to the account is not negative.",
        AccountEntryKind.Payment when amountMinor > 0 => "A payment lowers what the customer owes: it is not positive.",
        _ => null,
    };

    /// <summary>The description shortened to fit its column.</summary>
    public static string Fitted(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return description.Length <= AccountEntry.MaxDescriptionLength
            ? description
            : string.Concat(description.AsSpan(0, AccountEntry.MaxDescriptionLength - 1), "…");
    }
}
