namespace LocationBoards.Core.Sales;

/// <summary>How the customer pays for a sale. Card payments come with the support-and-sales issue (as gateway tokens).</summary>
public enum SalePaymentMethod
{
    /// <summary>Added to what the customer owes on their account.</summary>
    ChargeToAccount,

    /// <summary>Paid to the technician in cash.</summary>
    CashToTechnician,

    /// <summary>Paid to the technician by cheque; the cheque number is the reference.</summary>
    ChequeToTechnician,
}
