namespace LocationBoards.Core.Sales;

/// <summary>A sale's states, payments, ways of handing over and refusals in the words people read.</summary>
public static class SaleWords
{
    public static string Of(SaleStatus status) => status switch
    {
        SaleStatus.Draft => "a draft",
        SaleStatus.Agreed => "agreed",
        SaleStatus.Submitted => "submitted",
        SaleStatus.Processed => "processed",
        _ => "refused",
    };

    public static string Of(SaleFulfilment fulfilment) => fulfilment switch
    {
        SaleFulfilment.HandedOverNow => "handed over now",
        SaleFulfilment.ToBeDelivered => "to be delivered",
        _ => "service",
    };

    public static string Of(SaleRefusalReason reason) => reason switch
    {
        SaleRefusalReason.OutOfStock => "An item is out of stock everywhere able to supply it",
        SaleRefusalReason.InvalidLine => "A line is not valid",
        SaleRefusalReason.JobNotOnSite => "The job is no longer on site",
        SaleRefusalReason.PricesChanged => "Prices changed after the customer agreed",
        _ => "Withdrawn",
    };

    /// <summary>"Charged to the account", "Paid in cash to the technician (receipt 12)", "Paid by cheque to the technician (cheque 001234)".</summary>
    public static string Of(SalePayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return payment.Method switch
        {
            SalePaymentMethod.ChargeToAccount => "Charged to the account",
            SalePaymentMethod.CashToTechnician => payment.Reference is { } receipt
                ? $"Paid in cash to the technician (receipt {receipt})"
                : "Paid in cash to the technician",
            _ => $"Paid by cheque to the technician (cheque {payment.Reference})",
        };
    }

    /// <summary>The refusal as the history and the technician read it: the reason, then what exactly was wrong.</summary>
    public static string Refusal(SaleRefusalReason reason, string? note) =>
        string.IsNullOrWhiteSpace(note) ? $"{Of(reason)}." : $"{Of(reason)}: {note.Trim()}";
}
