namespace LocationBoards.Core.Sales;

/// <summary>How a sale is paid: the method and, for money handed to the technician, the cheque or receipt number.</summary>
public sealed record SalePayment(SalePaymentMethod Method, string? Reference = null)
{
    public static SalePayment ChargeToAccount { get; } = new(SalePaymentMethod.ChargeToAccount);

    public bool IsPaidToTechnician => Method is SalePaymentMethod.CashToTechnician or SalePaymentMethod.ChequeToTechnician;

    /// <summary>What is wrong with it in words, or null when it will do.</summary>
    public string? Problem()
    {
        var reference = Reference?.Trim();
        if (!Enum.IsDefined(Method))
        {
            return "Choose how the customer pays.";
        }

        if (Method == SalePaymentMethod.ChequeToTechnician && string.IsNullOrEmpty(reference))
        {
            return "Write the cheque number.";
        }

        return reference is { Length: > Sale.MaxPaymentReferenceLength }
            ? $"Keep the payment reference to {Sale.MaxPaymentReferenceLength} characters."
            : null;
    }

    /// <summary>The reference trimmed, and dropped for a charge to the account (it has none).</summary>
    public SalePayment Normalised() => this with
    {
        Reference = IsPaidToTechnician && !string.IsNullOrWhiteSpace(Reference) ? Reference.Trim() : null,
    };
}
