namespace LocationBoards.Core.Sales;

/// <summary>Where a move takes a sale, or why it is refused, in plain words.</summary>
public readonly record struct SaleMoveResult(SaleStatus? Target, string? Refusal)
{
    public bool Allowed => Target is not null;

    public static SaleMoveResult To(SaleStatus target) => new(target, null);

    public static SaleMoveResult Refused(string why) => new(null, why);
}
