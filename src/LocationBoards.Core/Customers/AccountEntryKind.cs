namespace LocationBoards.Core.Customers;

/// <summary>What a line of a customer's account is for; the sign each kind may carry is <see cref="AccountLedger.SignProblem"/>'s rule.</summary>
public enum AccountEntryKind
{
    /// <summary>A field sale, whatever its payment (a sale paid to the technician has its <see cref="Payment"/> beside it). Positive.</summary>
    Sale,

    /// <summary>An order paid by "charge to account", for its total. Positive.</summary>
    OrderChargedToAccount,

    /// <summary>Money received from the customer. Negative.</summary>
    Payment,

    /// <summary>A correction either way, with its reason, e.g. an order charged to the account and then cancelled.</summary>
    Adjustment,
}
