namespace LocationBoards.Core.Sales;

/// <summary>
/// One move on a sale with what it carries: the lines priced from the catalogue and the payment for Revise, the
/// customer's name (and drawn signature) for Agree, the reason for Refuse.
/// </summary>
public sealed record SaleMove(SaleMoveKind Kind)
{
    public static SaleMove Submit { get; } = new(SaleMoveKind.Submit);

    public static SaleMove Process { get; } = new(SaleMoveKind.Process);

    /// <summary>For Revise: the lines as <see cref="SalePricing"/> priced them.</summary>
    public PricedSale? Priced { get; init; }

    /// <summary>For Revise: the payment chosen so far, or null when none yet.</summary>
    public SalePayment? Payment { get; init; }

    public string? AgreedName { get; init; }

    public string? Signature { get; init; }

    public SaleRefusalReason? RefusalReason { get; init; }

    public string? Note { get; init; }

    public static SaleMove Revise(PricedSale priced, SalePayment? payment) =>
        new(SaleMoveKind.Revise) { Priced = priced, Payment = payment };

    public static SaleMove Agree(string? name, string? signature = null) =>
        new(SaleMoveKind.Agree) { AgreedName = name, Signature = signature };

    public static SaleMove Refuse(SaleRefusalReason reason, string? note = null) =>
        new(SaleMoveKind.Refuse) { RefusalReason = reason, Note = note };
}
